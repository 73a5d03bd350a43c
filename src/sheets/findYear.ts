import type { DetectedTable } from "./detectedTable";
import type { Grid } from "./grid";
import { headerKey } from "./headerKey";
import { findOutsideTables } from "./outsideTables";
import { rawCell } from "./sheetCells";

const IN_TITLE = /\b(?:nam|year)\s+((?:19|20|21)\d{2})\b/;
const LABEL = /^(?:nam|year)$/;

/**
 * The year the workbook is about, from text outside the tables: a title such as "BẢNG TỔNG HỢP …
 * NĂM 2018", or a cell "Năm" / "Year" followed by a year in the next cell. Grids are searched in
 * the order given; null when none says.
 */
export function findYear(grids: readonly Grid[], tables: readonly DetectedTable[]): number | null {
  for (const grid of grids) {
    const year = findOutsideTables(grid, tables, (value, row, column) => {
      const key = headerKey(value);
      const inTitle = IN_TITLE.exec(key)?.[1];
      if (inTitle !== undefined) {
        return Number(inTitle);
      }
      if (LABEL.test(key)) {
        const next = Number(String(rawCell(grid, row, column + 1) ?? "").trim());
        if (Number.isInteger(next) && next >= 1900 && next <= 2200) {
          return next;
        }
      }
      return undefined;
    });
    if (year !== undefined) {
      return year;
    }
  }
  return null;
}
