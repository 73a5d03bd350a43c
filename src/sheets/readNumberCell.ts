import { localized } from "../core/localized";
import type { Problem } from "../core/problem";
import { parseNumber } from "../core/text";
import { cellProblem } from "./cellProblem";
import type { Grid } from "./grid";
import { isBlank, rawCell } from "./sheetCells";

/**
 * The number in a cell: null when the cell is blank (or there is no column); numbers written as
 * text ("95,5", " 1.000 ", "85%") are read silently; anything else is reported with its cell under
 * `code` and read as null.
 */
export function readNumberCell(
  grid: Grid,
  row: number,
  column: number | null | undefined,
  problems: Problem[],
  code: "score.notNumber" | "text.notNumber",
  unitId?: string
): number | null {
  if (column === null || column === undefined) {
    return null;
  }
  const value = rawCell(grid, row, column);
  if (isBlank(value)) {
    return null;
  }
  const parsed = parseNumber(value);
  if (parsed.ok) {
    return parsed.value;
  }
  problems.push(
    cellProblem(
      code,
      "error",
      { sheet: grid.sheetName, row, column },
      localized(parsed.error.vi, parsed.error.en),
      unitId
    )
  );
  return null;
}
