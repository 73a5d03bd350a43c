import type { CellStyle, SheetSpec } from "../../documents/sheetSpec";
import { cellAddress } from "../../sheets/address";
import { columnWidthPoints } from "./columnWidthPoints";
import { jsonBytes } from "./jsonBytes";
import { mergeBlocks } from "./mergeBlocks";
import { rowHeightRuns } from "./rowHeightRuns";
import { styleRectangles } from "./styleRectangles";

/** One operation to queue on a worksheet, with roughly how many bytes it adds to the request. */
export interface WriteStep {
  readonly bytes: number;
  readonly queue: (sheet: Excel.Worksheet) => void;
}

/** Excel turns typed text starting with these into a formula; the add-in's text stays text. */
const FORMULA_START = /^[=+\-@]/;
/** Points, when a cell's style gives none (as the `.xlsx` host writes it). */
const DEFAULT_FONT_SIZE = 13;

/*
 * Rough sizes of what an operation adds to an Office.js request (JSON): a range (its object path
 * and instantiation), a property object under it (format, font, a border), and one property set
 * or method call. Used only to keep a request under Excel on the web's 5 MB limit.
 */
const RANGE_BYTES = 200;
const OBJECT_BYTES = 150;
const SET_BYTES = 100;

type Value = string | number | boolean;

function address(top: number, left: number, bottom: number, right: number): string {
  return `${cellAddress(top, left)}:${cellAddress(bottom, right)}`;
}

/**
 * The values in row blocks of at most `maxBytes` (one block unless the sheet is huge). Each
 * block sets its number formats first, text that starts like a formula as "@" (Text), so the
 * values that follow are kept as typed.
 */
function valueSteps(spec: SheetSpec, width: number, maxBytes: number): WriteStep[] {
  const steps: WriteStep[] = [];
  let block: { values: Value[][]; formats: string[][]; bytes: number; top: number } | null = null;
  const close = (): void => {
    if (block === null) return;
    const { values, formats, top } = block;
    const custom = formats.some((row) => row.some((format) => format !== "General"));
    steps.push({
      bytes: RANGE_BYTES + 2 * SET_BYTES + block.bytes + (custom ? jsonBytes(formats) : 0),
      queue: (sheet) => {
        const range = sheet.getRange(address(top, 1, top + values.length - 1, width));
        if (custom) range.numberFormat = formats;
        range.values = values;
      },
    });
    block = null;
  };
  const height = Math.max(1, spec.rows.length);
  for (let r = 0; r < height; r += 1) {
    const row = spec.rows[r] ?? [];
    const values: Value[] = [];
    const formats: string[] = [];
    for (let c = 0; c < width; c += 1) {
      const cell = row[c] ?? null;
      const value = cell?.value ?? "";
      values.push(value);
      const asText = typeof value === "string" && FORMULA_START.test(value);
      formats.push(asText ? "@" : (cell?.style?.numberFormat ?? "General"));
    }
    const bytes = jsonBytes(values);
    if (block !== null && block.bytes + bytes > maxBytes) close();
    block ??= { values: [], formats: [], bytes: 0, top: r + 1 };
    block.values.push(values);
    block.formats.push(formats);
    block.bytes += bytes;
  }
  close();
  return steps;
}

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", middle: "Center", bottom: "Bottom" } as const;
const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;

/** One style property: which cells have it (and its value), and how to set it on a range. */
interface StyleProperty {
  readonly valueOf: (style: CellStyle) => string | number | boolean | undefined;
  readonly bytes: (area: Area) => number;
  readonly apply: (format: Excel.RangeFormat, value: string | number | boolean, area: Area) => void;
}

interface Area {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** The edges drawn round and inside an area: inner lines only where it has several columns or rows. */
function borderEdges(area: Area): Excel.BorderIndex[] {
  return [
    ...EDGES,
    ...(area.right > area.left ? ["InsideVertical" as const] : []),
    ...(area.bottom > area.top ? ["InsideHorizontal" as const] : []),
  ] as Excel.BorderIndex[];
}

const FORMAT_BYTES = RANGE_BYTES + OBJECT_BYTES + SET_BYTES;
const FONT_BYTES = FORMAT_BYTES + OBJECT_BYTES;

/**
 * The style properties a new sheet lacks by default, each set over its own rectangles: what a
 * new sheet already has (not bold, the default size, bottom alignment) is not sent.
 */
const STYLE_PROPERTIES: readonly StyleProperty[] = [
  {
    valueOf: (style) => (style.bold === true ? true : undefined),
    bytes: () => FONT_BYTES,
    apply: (format) => (format.font.bold = true),
  },
  {
    valueOf: (style) => (style.italic === true ? true : undefined),
    bytes: () => FONT_BYTES,
    apply: (format) => (format.font.italic = true),
  },
  {
    valueOf: (style) => (style.underline === true ? true : undefined),
    bytes: () => FONT_BYTES,
    apply: (format) => (format.font.underline = "Single" as Excel.RangeUnderlineStyle),
  },
  {
    valueOf: (style) => (style.fontSize === DEFAULT_FONT_SIZE ? undefined : style.fontSize),
    bytes: () => FONT_BYTES,
    apply: (format, size) => (format.font.size = Number(size)),
  },
  {
    valueOf: (style) => style.horizontal,
    bytes: () => FORMAT_BYTES,
    apply: (format, horizontal) =>
      (format.horizontalAlignment = HORIZONTAL[
        horizontal as keyof typeof HORIZONTAL
      ] as Excel.HorizontalAlignment),
  },
  {
    valueOf: (style) => (style.vertical === "bottom" ? undefined : style.vertical),
    bytes: () => FORMAT_BYTES,
    apply: (format, vertical) =>
      (format.verticalAlignment = VERTICAL[
        vertical as keyof typeof VERTICAL
      ] as Excel.VerticalAlignment),
  },
  {
    valueOf: (style) => (style.wrap === true ? true : undefined),
    bytes: () => FORMAT_BYTES,
    apply: (format) => (format.wrapText = true),
  },
  {
    valueOf: (style) => (style.border === true ? true : undefined),
    bytes: (area) => FORMAT_BYTES + borderEdges(area).length * (OBJECT_BYTES + 2 * SET_BYTES),
    apply: (format, _value, area) => {
      for (const edge of borderEdges(area)) {
        const border = format.borders.getItem(edge);
        border.style = "Continuous" as Excel.BorderLineStyle;
        border.weight = "Thin" as Excel.BorderWeight;
      }
    },
  },
];

/**
 * Everything that writes one spec into a new, empty worksheet except its page layout, as steps
 * to queue in order: values (in row blocks of at most `maxValueBytes`, number formats first),
 * Times New Roman throughout, merges, then each style property over the rectangles of cells that
 * share it (thin borders round and inside bordered blocks, so a merged cell is framed whole),
 * column widths and row heights. Queuing only: the host decides where the syncs go.
 */
export function sheetWriteSteps(spec: SheetSpec, maxValueBytes: number): WriteStep[] {
  const width = Math.max(1, spec.columnWidths.length, ...spec.rows.map((row) => row.length));
  const height = Math.max(1, spec.rows.length);
  const font: WriteStep = {
    bytes: FONT_BYTES + SET_BYTES,
    queue: (sheet) => {
      const whole = sheet.getRange(address(1, 1, height, width)).format.font;
      whole.name = spec.page.fontName;
      whole.size = DEFAULT_FONT_SIZE;
    },
  };
  const merges = mergeBlocks(spec.merges).map((block): WriteStep => ({
    bytes: RANGE_BYTES + SET_BYTES,
    queue: (sheet) =>
      sheet.getRange(address(block.top, block.left, block.bottom, block.right)).merge(block.across),
  }));
  const styles = STYLE_PROPERTIES.flatMap((property) =>
    styleRectangles(spec, width, property.valueOf).map((area): WriteStep => ({
      bytes: property.bytes(area),
      queue: (sheet) =>
        property.apply(
          sheet.getRange(address(area.top, area.left, area.bottom, area.right)).format,
          area.value,
          area
        ),
    }))
  );
  const widths = spec.columnWidths.map((characters, index): WriteStep => ({
    bytes: FORMAT_BYTES,
    queue: (sheet) => {
      const column = cellAddress(1, index + 1).replace(/\d+$/, "");
      sheet.getRange(`${column}:${column}`).format.columnWidth = columnWidthPoints(characters);
    },
  }));
  const heights = rowHeightRuns(spec.rowHeights).map((run): WriteStep => ({
    bytes: FORMAT_BYTES,
    queue: (sheet) => {
      sheet.getRange(`${run.first}:${run.last}`).format.rowHeight = run.points;
    },
  }));
  return [
    ...valueSteps(spec, width, maxValueBytes),
    font,
    ...merges,
    ...styles,
    ...widths,
    ...heights,
  ];
}
