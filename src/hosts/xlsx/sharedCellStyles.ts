import type { Alignment, Borders, Font, Style } from "exceljs";
import type { CellStyle, SpecCell } from "../../documents/sheetSpec";

/** Points, when a cell's style gives none (Decree 30/2020 sets 13–14 for body text). */
const DEFAULT_FONT_SIZE = 13;

const THIN = { style: "thin" } as const;
const THIN_BORDERS: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

function fontOf(style: CellStyle | undefined, fontName: string): Partial<Font> {
  return {
    name: fontName,
    size: style?.fontSize ?? DEFAULT_FONT_SIZE,
    ...(style?.bold ? { bold: true } : {}),
    ...(style?.italic ? { italic: true } : {}),
    ...(style?.underline ? { underline: true } : {}),
  };
}

function alignmentOf(style: CellStyle): Partial<Alignment> | null {
  const alignment: Partial<Alignment> = {
    ...(style.horizontal ? { horizontal: style.horizontal } : {}),
    ...(style.vertical ? { vertical: style.vertical } : {}),
    ...(style.wrap ? { wrapText: true } : {}),
  };
  return Object.keys(alignment).length > 0 ? alignment : null;
}

function excelStyleOf(style: CellStyle | undefined, fontName: string): Partial<Style> {
  const excelStyle: Partial<Style> = { font: fontOf(style, fontName) };
  if (style === undefined) return excelStyle;
  const alignment = alignmentOf(style);
  if (alignment !== null) excelStyle.alignment = alignment;
  if (style.border) excelStyle.border = THIN_BORDERS;
  if (style.numberFormat !== undefined) excelStyle.numFmt = style.numberFormat;
  return excelStyle;
}

/**
 * exceljs gives a number cell without a format "General" and a text cell none, and files the
 * xf by the style object it meets first, so numbers and text must not share one object.
 */
type ValueKind = "number" | "other";

function kindOf(value: SpecCell["value"]): ValueKind {
  return typeof value === "number" ? "number" : "other";
}

function styleKey(style: CellStyle | undefined, kind: ValueKind): string {
  return [
    kind,
    style?.bold === true,
    style?.italic === true,
    style?.underline === true,
    style?.fontSize ?? "",
    style?.horizontal ?? "",
    style?.vertical ?? "",
    style?.wrap === true,
    style?.border === true,
    style?.numberFormat ?? "",
  ].join("|");
}

/**
 * exceljs style objects for spec cells, one object per distinct look. exceljs serialises a
 * cell's style to XML to find its xf unless it has met that very object before, so sharing
 * objects spares that work for every repeated cell of a document. Treat the objects as frozen:
 * setting `cell.font` on one cell would change every cell that shares it.
 */
export function sharedCellStyles(
  fontName: string
): (style: CellStyle | undefined, value: SpecCell["value"]) => Partial<Style> {
  const styles = new Map<string, Partial<Style>>();
  // Documents reuse their style objects, so most cells are found by the object, without a key.
  const byObject: Record<ValueKind, WeakMap<CellStyle, Partial<Style>>> = {
    number: new WeakMap(),
    other: new WeakMap(),
  };
  return (style, value) => {
    const kind = kindOf(value);
    const known = style === undefined ? undefined : byObject[kind].get(style);
    if (known !== undefined) return known;
    const key = styleKey(style, kind);
    let excelStyle = styles.get(key);
    if (excelStyle === undefined) {
      excelStyle = excelStyleOf(style, fontName);
      styles.set(key, excelStyle);
    }
    if (style !== undefined) byObject[kind].set(style, excelStyle);
    return excelStyle;
  };
}
