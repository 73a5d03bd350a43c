import type { DocumentKind } from "../../documents/sheetSpec";

/**
 * How the add-in recognises the sheets it made, in a way every host can read and that survives
 * saving: a workbook-level defined name `ThiDua_Sheet_<kind>_<year>` (with `_2`, `_3`… when that
 * name is taken by another sheet) that refers to cell A1 of the sheet. Excel keeps the reference
 * pointing at the sheet when it is renamed, and turns it into #REF! when it is deleted. This
 * module is plain text handling, so the Office.js host can share it.
 */
export const ADDIN_SHEET_MARK_PREFIX = "ThiDua_Sheet_";

/** The defined name marking an add-in sheet of this kind and year; `index` > 1 adds a suffix. */
export function addinSheetMarkName(kind: DocumentKind, year: number, index = 1): string {
  const base = `${ADDIN_SHEET_MARK_PREFIX}${kind}_${year}`;
  return index > 1 ? `${base}_${index}` : base;
}

/** Whether a defined name is one of the add-in's sheet marks. */
export function isAddinSheetMarkName(name: string): boolean {
  return name.startsWith(ADDIN_SHEET_MARK_PREFIX);
}

/** The reference a mark holds for a sheet: `'Sheet name'!$A$1`, quotes in the name doubled. */
export function addinSheetMarkReference(sheetName: string): string {
  return `'${sheetName.replace(/'/g, "''")}'!$A$1`;
}

/** The sheet a reference such as `'Bảng điểm'!$A$1` or `Sheet1!$A$1` points to; null without a sheet. */
export function sheetOfReference(reference: string): string | null {
  const bang = reference.lastIndexOf("!");
  if (bang <= 0) return null;
  const sheet = reference.slice(0, bang).replace(/^=/, "");
  return sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2
    ? sheet.slice(1, -1).replace(/''/g, "'")
    : sheet;
}
