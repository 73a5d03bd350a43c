import type { Localized } from "../../core/localized";
import type { CellStyle, SheetSpec } from "../../documents/sheetSpec";
import { cellAddress } from "../../sheets/address";
import { styleRectangles } from "./styleRectangles";

/** Excel turns typed text starting with these into formulas; the add-in's text stays text. */
const FORMULA_START = /^[=+\-@]/;

/** Points per character of column width (Times New Roman 12), plus the cell's padding. */
export function columnWidthPoints(characters: number): number {
  return Math.round((characters * 5.6 + 3) * 10) / 10;
}

const POINTS_PER_MM = 72 / 25.4;

/**
 * Queues everything needed to write one spec into a new, empty worksheet: values in one call,
 * number formats in one call (text cells that look like formulas get "@" first), then styles in
 * runs of equal cells, merges, widths, heights and, when `pageLayout` is available, page setup.
 * Queues only: the caller syncs once for all sheets.
 */
export function writeSheetSpec(
  sheet: Excel.Worksheet,
  spec: SheetSpec,
  pageLayout: boolean
): Localized[] {
  const width = Math.max(1, spec.columnWidths.length, ...spec.rows.map((row) => row.length));
  const height = Math.max(1, spec.rows.length);
  const values: (string | number | boolean)[][] = [];
  const formats: string[][] = [];
  for (let r = 0; r < height; r++) {
    const row = spec.rows[r] ?? [];
    values.push([]);
    formats.push([]);
    for (let c = 0; c < width; c++) {
      const cell = row[c] ?? null;
      const value = cell?.value ?? "";
      values[r]!.push(value);
      const asText = typeof value === "string" && FORMULA_START.test(value);
      formats[r]!.push(asText ? "@" : (cell?.style?.numberFormat ?? "General"));
    }
  }
  const whole = sheet.getRange(`A1:${cellAddress(height, width)}`);
  whole.numberFormat = formats;
  whole.values = values;
  whole.format.font.name = spec.page.fontName;
  whole.format.font.size = 12;

  for (const block of styleRectangles(spec, width)) {
    const range = sheet.getRange(
      `${cellAddress(block.top, block.left)}:${cellAddress(block.bottom, block.right)}`
    );
    applyStyle(range, block.style, block.right > block.left, block.bottom > block.top);
  }
  for (const merge of spec.merges) {
    sheet
      .getRange(`${cellAddress(merge.top, merge.left)}:${cellAddress(merge.bottom, merge.right)}`)
      .merge(false);
  }
  spec.columnWidths.forEach((characters, index) => {
    const column = cellAddress(1, index + 1).replace(/\d+$/, "");
    sheet.getRange(`${column}:${column}`).format.columnWidth = columnWidthPoints(characters);
  });
  for (const run of rowHeightRuns(spec)) {
    sheet.getRange(`${run.first}:${run.last}`).format.rowHeight = run.points;
  }
  if (!pageLayout) {
    return [
      {
        vi: `Excel này chưa hỗ trợ ExcelApi 1.9: trang “${spec.name}” chưa được đặt khổ A4, lề và dòng tiêu đề lặp lại; hãy đặt trong Bố trí Trang trước khi in.`,
        en: `This Excel lacks ExcelApi 1.9: the sheet “${spec.name}” has no A4 size, margins or repeated header rows set; set them in Page Layout before printing.`,
      },
    ];
  }
  const layout = sheet.pageLayout;
  layout.paperSize = "A4" as Excel.PaperType;
  layout.orientation = (
    spec.page.orientation === "landscape" ? "Landscape" : "Portrait"
  ) as Excel.PageOrientation;
  layout.topMargin = spec.page.marginsMm.top * POINTS_PER_MM;
  layout.bottomMargin = spec.page.marginsMm.bottom * POINTS_PER_MM;
  layout.leftMargin = spec.page.marginsMm.left * POINTS_PER_MM;
  layout.rightMargin = spec.page.marginsMm.right * POINTS_PER_MM;
  if (spec.page.fitToPageWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (spec.page.printTitleRows) {
    layout.setPrintTitleRows(
      `$${spec.page.printTitleRows.first}:$${spec.page.printTitleRows.last}`
    );
  }
  layout.headersFooters.defaultForAllPages.centerFooter = spec.page.footer;
  return [];
}

function applyStyle(
  range: Excel.Range,
  style: CellStyle,
  severalColumns: boolean,
  severalRows: boolean
): void {
  const font = range.format.font;
  if (style.bold !== undefined) font.bold = style.bold;
  if (style.italic !== undefined) font.italic = style.italic;
  if (style.underline) font.underline = "Single" as Excel.RangeUnderlineStyle;
  if (style.fontSize !== undefined) font.size = style.fontSize;
  if (style.horizontal) {
    range.format.horizontalAlignment = { left: "Left", center: "Center", right: "Right" }[
      style.horizontal
    ] as Excel.HorizontalAlignment;
  }
  if (style.vertical) {
    range.format.verticalAlignment = { top: "Top", middle: "Center", bottom: "Bottom" }[
      style.vertical
    ] as Excel.VerticalAlignment;
  }
  if (style.wrap !== undefined) range.format.wrapText = style.wrap;
  if (style.border) {
    const edges = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
    // Inner borders exist only in a range of several columns or rows.
    if (severalColumns) edges.push("InsideVertical");
    if (severalRows) edges.push("InsideHorizontal");
    for (const edge of edges) {
      range.format.borders.getItem(edge as Excel.BorderIndex).style =
        "Continuous" as Excel.BorderLineStyle;
    }
  }
}

/**
 * Roughly what writing the spec sends to Excel: values and number formats as JSON, and a few
 * hundred bytes for each styled block, merge, width and height. Used only to split very large
 * writes under Excel on the web's 5 MB request limit.
 */
export function estimateRequestBytes(spec: SheetSpec): number {
  const width = Math.max(1, spec.columnWidths.length, ...spec.rows.map((row) => row.length));
  const values = JSON.stringify(
    spec.rows.map((row) => row.map((cell) => cell?.value ?? ""))
  ).length;
  const operations =
    styleRectangles(spec, width).length +
    spec.merges.length +
    spec.columnWidths.length +
    Object.keys(spec.rowHeights).length;
  return values * 2 + operations * 400;
}

/** Consecutive rows of the same height, set with one call each. */
function rowHeightRuns(spec: SheetSpec): { first: number; last: number; points: number }[] {
  const runs: { first: number; last: number; points: number }[] = [];
  const rows = Object.entries(spec.rowHeights)
    .map(([row, points]) => ({ row: Number(row), points }))
    .sort((a, b) => a.row - b.row);
  for (const { row, points } of rows) {
    const last = runs[runs.length - 1];
    if (last && last.last === row - 1 && last.points === points) last.last = row;
    else runs.push({ first: row, last: row, points });
  }
  return runs;
}
