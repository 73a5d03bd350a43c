import { localized } from "../core/localized";
import type { Problem } from "../core/problem";
import { cellProblem } from "./cellProblem";
import type { Grid } from "./grid";
import { readNumberCell } from "./readNumberCell";

/** A year in a history row: a whole number between 1900 and 2200 (numbers as text allowed), else reported. */
export function readYearCell(
  grid: Grid,
  row: number,
  column: number,
  problems: Problem[]
): number | null {
  const year = readNumberCell(grid, row, column, problems, "text.notNumber");
  if (year === null) {
    return null;
  }
  if (Number.isInteger(year) && year >= 1900 && year <= 2200) {
    return year;
  }
  problems.push(
    cellProblem(
      "text.notNumber",
      "error",
      { sheet: grid.sheetName, row, column },
      localized(`${year} không phải là một năm.`, `${year} is not a year.`)
    )
  );
  return null;
}
