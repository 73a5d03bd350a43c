import ExcelJS from "exceljs";
import { fixZipTimestamps } from "./fixZipTimestamps";

/** What a sample cell holds: a value, or a formula with the result Excel would have cached. */
export type SampleValue =
  string | number | boolean | null | { readonly formula: string; readonly result: number };

const FONT = "Times New Roman";
const THIN = { style: "thin" } as const;
const BORDERS: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** A workbook whose document properties are fixed, so that the file's bytes are too. */
export function sampleWorkbook(date: Date): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Văn phòng Khối thi đua";
  workbook.lastModifiedBy = "Văn phòng Khối thi đua";
  workbook.created = date;
  workbook.modified = date;
  return workbook;
}

/** The workbook as `.xlsx` bytes, with every zip entry stamped with `date`. */
export async function sampleBytes(workbook: ExcelJS.Workbook, date: Date): Promise<Uint8Array> {
  const buffer = await workbook.xlsx.writeBuffer({ useSharedStrings: true });
  return fixZipTimestamps(new Uint8Array(buffer as ArrayBuffer), date);
}

/** A bold title across columns 1…`lastColumn` of `row`, merged and centred. */
export function writeTitle(
  sheet: ExcelJS.Worksheet,
  row: number,
  text: string,
  lastColumn: number,
  size = 14
): void {
  const cell = sheet.getCell(row, 1);
  cell.value = text;
  cell.font = { name: FONT, size, bold: true };
  cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  if (lastColumn > 1) sheet.mergeCells(row, 1, row, lastColumn);
}

/** A bold, bordered, centred header row starting at `column`; null leaves a cell empty. */
export function writeHeader(
  sheet: ExcelJS.Worksheet,
  row: number,
  labels: readonly (string | null)[],
  column = 1
): void {
  labels.forEach((label, index) => {
    const cell = sheet.getCell(row, column + index);
    if (label !== null) cell.value = label;
    cell.font = { name: FONT, size: 12, bold: true };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    cell.border = BORDERS;
  });
}

/** A bordered data row starting at column 1; `bold` for group and total rows. */
export function writeRow(
  sheet: ExcelJS.Worksheet,
  row: number,
  values: readonly SampleValue[],
  bold = false
): void {
  values.forEach((value, index) => {
    const cell = sheet.getCell(row, index + 1);
    if (value !== null)
      cell.value =
        typeof value === "object" ? { formula: value.formula, result: value.result } : value;
    cell.font = { name: FONT, size: 12, ...(bold ? { bold: true } : {}) };
    cell.border = BORDERS;
    cell.alignment = {
      vertical: "middle",
      wrapText: typeof value === "string" && value.length > 30,
    };
  });
}

/** Column widths in characters, from column A. */
export function setWidths(sheet: ExcelJS.Worksheet, widths: readonly number[]): void {
  widths.forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
}

/** The A1 letters of a 1-based column number. */
export function columnLetter(column: number): string {
  let letters = "";
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

/** A4 landscape, fit to one page wide, the given rows repeated on every page. */
export function printLayout(sheet: ExcelJS.Worksheet, titleRows: string): void {
  Object.assign(sheet.pageSetup, {
    paperSize: 9 as ExcelJS.PaperSize,
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: titleRows,
    margins: { left: 1.18, right: 0.59, top: 0.79, bottom: 0.79, header: 0.3, footer: 0.3 },
  });
}
