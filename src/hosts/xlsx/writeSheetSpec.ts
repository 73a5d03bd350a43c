import type { Alignment, Borders, Font, Worksheet } from "exceljs";
import type { CellStyle, SheetSpec } from "../../documents/sheetSpec";
import { pageSetupOf } from "./pageSetupOf";

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

/**
 * Writes a sheet spec into an empty worksheet: values (text always as text: exceljs never turns
 * a string into a formula), fonts, alignment, thin borders, number formats, then merges (a merged
 * area takes its top-left cell's style, so its border is drawn all round), column widths, row
 * heights and the page layout.
 */
export function writeSheetSpec(worksheet: Worksheet, spec: SheetSpec): void {
  spec.rows.forEach((row, rowIndex) => {
    row.forEach((specCell, columnIndex) => {
      if (specCell === null) return;
      const cell = worksheet.getCell(rowIndex + 1, columnIndex + 1);
      cell.value = specCell.value;
      const style = specCell.style;
      cell.font = fontOf(style, spec.page.fontName);
      if (style === undefined) return;
      const alignment = alignmentOf(style);
      if (alignment !== null) cell.alignment = alignment;
      if (style.border) cell.border = THIN_BORDERS;
      if (style.numberFormat !== undefined) cell.numFmt = style.numberFormat;
    });
  });
  for (const merge of spec.merges) {
    worksheet.mergeCells(merge.top, merge.left, merge.bottom, merge.right);
  }
  spec.columnWidths.forEach((width, index) => {
    worksheet.getColumn(index + 1).width = width;
  });
  for (const [row, height] of Object.entries(spec.rowHeights)) {
    worksheet.getRow(Number(row)).height = height;
  }
  const { pageSetup, headerFooter } = pageSetupOf(spec.page);
  Object.assign(worksheet.pageSetup, pageSetup);
  Object.assign(worksheet.headerFooter, headerFooter);
}
