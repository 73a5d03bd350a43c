import type { AwardHistoryEntry } from "../core/model";
import type { Problem } from "../core/problem";
import type { AwardRule } from "../core/profile/types";
import { parseGrade } from "../core/scoring";
import { normalizeText } from "../core/text";
import { cellLocation } from "./cellLocation";
import type { DetectedTable } from "./detectedTable";
import type { Grid } from "./grid";
import { isTotalLabel } from "./isTotalLabel";
import { matchAward } from "./matchAward";
import { memoized } from "./memoized";
import { readYearCell } from "./readYearCell";
import { cellText, rawCell } from "./sheetCells";
import type { UnitDirectory } from "./unitDirectory";
import { unknownAward } from "./readVotes";

/**
 * The award history: year, unit, award (matched to the profile's awards) and/or grade ("Hoàn
 * thành xuất sắc nhiệm vụ", in the award column or a grade column). A unit not in this year's
 * units table is only a warning (it may have left the bloc) and its rows are left out.
 */
export function readAwardHistory(
  grid: Grid,
  table: DetectedTable,
  directory: UnitDirectory,
  awards: readonly AwardRule[],
  problems: Problem[]
): AwardHistoryEntry[] {
  const column = (field: string): number | undefined => table.columns[field]?.column;
  const yearColumn = column("year");
  const unitColumn = column("unit");
  const gradeColumn = column("grade");
  const awardColumn = column("award");
  const entries: AwardHistoryEntry[] = [];
  if (yearColumn === undefined || unitColumn === undefined) {
    return entries;
  }
  // Ten years of a bloc's history repeat the same names, awards and grades: each read once.
  const normalized = memoized(normalizeText);
  const totalLabel = memoized(isTotalLabel);
  const gradeOf = memoized(parseGrade);
  const awardOf = memoized((awardText) => matchAward(awardText, awards));
  const text = (row: number, at: number | undefined): string =>
    at === undefined ? "" : normalized(cellText(rawCell(grid, row, at)));
  for (let row = table.firstDataRow; row <= table.lastDataRow; row += 1) {
    const name = text(row, unitColumn);
    if (name === "" || totalLabel(name)) {
      continue;
    }
    const year = readYearCell(grid, row, yearColumn, problems);
    const unitId = directory.resolve(
      name,
      { sheet: grid.sheetName, row, column: unitColumn },
      problems,
      "warning"
    );
    let awardId: string | null = null;
    let grade = gradeOf(text(row, gradeColumn));
    const awardText = text(row, awardColumn);
    if (awardText !== "") {
      awardId = awardOf(awardText);
      const gradeInAwardColumn = awardId === null ? gradeOf(awardText) : null;
      grade = grade ?? gradeInAwardColumn;
      if (awardId === null && gradeInAwardColumn === null) {
        problems.push(
          unknownAward(grid.sheetName, row, awardColumn ?? unitColumn, awardText, awards)
        );
      }
    }
    if (year === null || unitId === null || (awardId === null && grade === null)) {
      continue;
    }
    const location = cellLocation(grid.sheetName, row, awardColumn ?? gradeColumn ?? unitColumn);
    // Literals rather than spreads of optional parts: ten years of a province are 10,000 rows.
    entries.push(
      awardId === null
        ? { year, unitId, grade: grade!, location }
        : grade === null
          ? { year, unitId, awardId, location }
          : { year, unitId, awardId, grade, location }
    );
  }
  return entries;
}
