import type { LeaderHistoryEntry } from "../core/model";
import type { Problem } from "../core/problem";
import { nameKey, normalizeText } from "../core/text";
import { cellLocation } from "./cellLocation";
import type { DetectedTable } from "./detectedTable";
import type { Grid } from "./grid";
import { readYearCell } from "./readYearCell";
import { cellText, rawCell } from "./sheetCells";
import type { UnitDirectory } from "./unitDirectory";

/** A leader-history row, with the bloc it names when the table has a bloc column. */
export interface LeaderHistoryRow {
  readonly entry: LeaderHistoryEntry;
  readonly blocName: string | null;
}

/**
 * The bloc leader history: year, Khối trưởng, Khối phó. A leader not in the units table is a
 * warning and is kept under its name key (the year was led by a unit outside the bloc); an unknown
 * deputy is left out.
 */
export function readLeaderHistory(
  grid: Grid,
  table: DetectedTable,
  directory: UnitDirectory,
  problems: Problem[]
): LeaderHistoryRow[] {
  const column = (field: string): number | undefined => table.columns[field]?.column;
  const yearColumn = column("year");
  const leaderColumn = column("leader");
  const rows: LeaderHistoryRow[] = [];
  if (yearColumn === undefined || leaderColumn === undefined) {
    return rows;
  }
  const text = (row: number, at: number | undefined): string =>
    at === undefined ? "" : normalizeText(cellText(rawCell(grid, row, at)));
  for (let row = table.firstDataRow; row <= table.lastDataRow; row += 1) {
    const leader = text(row, leaderColumn);
    if (leader === "") {
      continue;
    }
    const year = readYearCell(grid, row, yearColumn, problems);
    const leaderUnitId =
      directory.resolve(
        leader,
        { sheet: grid.sheetName, row, column: leaderColumn },
        problems,
        "warning"
      ) ?? nameKey(leader);
    const deputy = text(row, column("deputy"));
    const deputyColumn = column("deputy");
    const deputyUnitId =
      deputy === "" || deputyColumn === undefined
        ? null
        : directory.resolve(
            deputy,
            { sheet: grid.sheetName, row, column: deputyColumn },
            problems,
            "warning"
          );
    if (year === null) {
      continue;
    }
    const bloc = text(row, column("bloc"));
    rows.push({
      entry: {
        year,
        leaderUnitId,
        ...(deputyUnitId === null ? {} : { deputyUnitId }),
        location: cellLocation(grid.sheetName, row, leaderColumn),
      },
      blocName: bloc === "" ? null : bloc,
    });
  }
  return rows;
}
