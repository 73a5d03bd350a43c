import type { Grid } from "./grid";
import { headerKey } from "./headerKey";
import { isTotalLabel } from "./isTotalLabel";
import { matchLabel } from "./matchLabel";
import { fieldSynonyms } from "./fieldSynonyms";
import { isBlank, isBlankRow, lastRow, rawCell } from "./sheetCells";

/** Where a table's data lies, below its header. */
export interface DataRegion {
  readonly firstDataRow: number;
  readonly lastDataRow: number;
  /** A "Điểm chuẩn" / "Max points" row between the header and the data, when there is one. */
  readonly maxPointsRow: number | null;
}

/**
 * The data rows under a header: blank spacer rows, a column-numbering row ("(1) (2) (3)") and a
 * "Điểm chuẩn" row are stepped over; the data end before the first blank row (or at `bottom`, for an
 * Excel Table), and trailing "Tổng cộng" rows are left out.
 */
export function dataRegion(
  grid: Grid,
  headerRow: number,
  fromColumn: number,
  toColumn: number,
  bottom?: number
): DataRegion {
  const end = bottom ?? lastRow(grid);
  let row = headerRow + 1;
  let maxPointsRow: number | null = null;
  let skipped = 0;
  while (row <= end && skipped < 4) {
    if (bottom === undefined && isBlankRow(grid, row, fromColumn, toColumn)) {
      row += 1;
      skipped += 1;
    } else if (isNumberingRow(grid, row, fromColumn, toColumn)) {
      row += 1;
      skipped += 1;
    } else if (maxPointsRow === null && isMaxPointsRow(grid, row, fromColumn, toColumn)) {
      maxPointsRow = row;
      row += 1;
      skipped += 1;
    } else {
      break;
    }
  }
  const firstDataRow = row;
  let lastDataRow = firstDataRow - 1;
  for (let candidate = firstDataRow; candidate <= end; candidate += 1) {
    if (isBlankRow(grid, candidate, fromColumn, toColumn)) {
      if (bottom === undefined) {
        break;
      }
      continue;
    }
    lastDataRow = candidate;
  }
  while (lastDataRow >= firstDataRow && isTotalRow(grid, lastDataRow, fromColumn, toColumn)) {
    lastDataRow -= 1;
  }
  return { firstDataRow, lastDataRow, maxPointsRow };
}

/** True when the row's first non-blank cell is a total label ("Tổng cộng", "Cộng", "Total"). */
export function isTotalRow(grid: Grid, row: number, fromColumn: number, toColumn: number): boolean {
  for (let column = fromColumn; column <= toColumn; column += 1) {
    const value = rawCell(grid, row, column);
    if (!isBlank(value)) {
      return isTotalLabel(value);
    }
  }
  return false;
}

/** True for a row that only numbers the columns: "1 2 3 4", "(1) (2) (3)", "A B 1 2". */
export function isNumberingRow(
  grid: Grid,
  row: number,
  fromColumn: number,
  toColumn: number
): boolean {
  let cells = 0;
  for (let column = fromColumn; column <= toColumn; column += 1) {
    const value = rawCell(grid, row, column);
    if (isBlank(value)) {
      continue;
    }
    cells += 1;
    const text = String(value).trim();
    if (!/^\(?(\d{1,2}|[A-Za-z])\)?$/.test(text)) {
      return false;
    }
  }
  return cells >= 3;
}

/** True when the row's first non-blank cell says "Điểm chuẩn" / "Max points" and a number follows in the row. */
export function isMaxPointsRow(
  grid: Grid,
  row: number,
  fromColumn: number,
  toColumn: number
): boolean {
  for (let column = fromColumn; column <= toColumn; column += 1) {
    const value = rawCell(grid, row, column);
    if (isBlank(value)) {
      continue;
    }
    if (typeof value !== "string") {
      return false;
    }
    return matchLabel(headerKey(value), fieldSynonyms("scores", "maxPoints")) >= 0.9;
  }
  return false;
}
