import type { Row, Style, Workbook, Worksheet } from "exceljs";
import type { SheetSpec, SpecCell } from "../../documents/sheetSpec";
import { mergeAreas } from "./mergeAreas";
import { pageSetupOf } from "./pageSetupOf";
import { sharedCellStyles } from "./sharedCellStyles";

type StyleOf = ReturnType<typeof sharedCellStyles>;

/**
 * The style objects of every sheet written into a workbook, by font: a province's 161 sheets use a
 * dozen looks between them, so each is built (and filed by exceljs) once, not once per sheet.
 */
const STYLES_BY_WORKBOOK = new WeakMap<Workbook, Map<string, StyleOf>>();

function stylesFor(worksheet: Worksheet, fontName: string): StyleOf {
  let byFont = STYLES_BY_WORKBOOK.get(worksheet.workbook);
  if (byFont === undefined) {
    byFont = new Map();
    STYLES_BY_WORKBOOK.set(worksheet.workbook, byFont);
  }
  let styleOf = byFont.get(fontName);
  if (styleOf === undefined) {
    styleOf = sharedCellStyles(fontName);
    byFont.set(fontName, styleOf);
  }
  return styleOf;
}

/**
 * Writes a sheet spec into an empty worksheet: values (text always as text: exceljs never turns
 * a string into a formula), fonts, alignment, thin borders, number formats, then merges (a merged
 * area takes its top-left cell's style, so its border is drawn all round), column widths, row
 * heights and the page layout.
 */
export function writeSheetSpec(worksheet: Worksheet, spec: SheetSpec): void {
  const styleOf = stylesFor(worksheet, spec.page.fontName);
  // Neighbouring cells mostly share a style object: the last one found is tried first.
  let lastStyle: SpecCell["style"] | null = null;
  let lastIsNumber = false;
  let lastExcelStyle: Partial<Style> = {};
  for (let rowIndex = 0; rowIndex < spec.rows.length; rowIndex += 1) {
    const specRow = spec.rows[rowIndex]!;
    // By row and column number: exceljs's getCell(row, column) goes through an "A1" address.
    let row: Row | undefined;
    for (let columnIndex = 0; columnIndex < specRow.length; columnIndex += 1) {
      const specCell = specRow[columnIndex];
      if (specCell === null || specCell === undefined) continue;
      row ??= worksheet.getRow(rowIndex + 1);
      const cell = row.getCell(columnIndex + 1);
      const { value, style } = specCell;
      const isNumber = typeof value === "number";
      if (style !== lastStyle || isNumber !== lastIsNumber || style === undefined) {
        lastExcelStyle = styleOf(style, value);
        lastStyle = style;
        lastIsNumber = isNumber;
      }
      cell.value = value;
      cell.style = lastExcelStyle;
    }
  }
  mergeAreas(worksheet, spec.merges);
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
