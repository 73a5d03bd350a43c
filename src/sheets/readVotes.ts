import { localized } from "../core/localized";
import type { VoteInput } from "../core/model";
import type { Problem } from "../core/problem";
import type { AwardRule } from "../core/profile/types";
import { normalizeText } from "../core/text";
import { cellLocation } from "./cellLocation";
import { cellProblem } from "./cellProblem";
import type { DetectedTable } from "./detectedTable";
import type { Grid } from "./grid";
import { isTotalLabel } from "./isTotalLabel";
import { matchAward } from "./matchAward";
import { readNumberCell } from "./readNumberCell";
import { cellText, rawCell } from "./sheetCells";
import type { UnitDirectory } from "./unitDirectory";

/**
 * The votes table: one row per unit and award (votes in favour, ballots issued and valid, members
 * present and in total). A row without votes in favour is skipped (the engine reports missing
 * votes); counts that are not numbers are reported with their cell and the row is left out.
 */
export function readVotes(
  grid: Grid,
  table: DetectedTable,
  directory: UnitDirectory,
  awards: readonly AwardRule[],
  problems: Problem[]
): VoteInput[] {
  const column = (field: string): number | undefined => table.columns[field]?.column;
  const unitColumn = column("unit");
  const awardColumn = column("award");
  const votes: VoteInput[] = [];
  if (unitColumn === undefined || awardColumn === undefined) {
    return votes;
  }
  for (let row = table.firstDataRow; row <= table.lastDataRow; row += 1) {
    const nameValue = rawCell(grid, row, unitColumn);
    const name = normalizeText(cellText(nameValue));
    if (name === "" || isTotalLabel(nameValue)) {
      continue;
    }
    const unitId = directory.resolve(
      name,
      { sheet: grid.sheetName, row, column: unitColumn },
      problems
    );
    const awardText = normalizeText(cellText(rawCell(grid, row, awardColumn)));
    const awardId = awardText === "" ? null : matchAward(awardText, awards);
    if (awardText !== "" && awardId === null) {
      problems.push(unknownAward(grid.sheetName, row, awardColumn, awardText, awards));
    }
    const rowProblems: Problem[] = [];
    const count = (field: string) =>
      readNumberCell(grid, row, column(field), rowProblems, "text.notNumber", unitId ?? undefined);
    const inFavour = count("inFavour");
    const ballotsIssued = count("ballotsIssued");
    const ballotsValid = count("ballotsValid");
    const membersPresent = count("membersPresent");
    const membersTotal = count("membersTotal");
    problems.push(...rowProblems);
    if (unitId === null || awardId === null || inFavour === null || rowProblems.length > 0) {
      continue;
    }
    votes.push({
      unitId,
      awardId,
      inFavour,
      ...(ballotsIssued === null ? {} : { ballotsIssued }),
      ...(ballotsValid === null ? {} : { ballotsValid }),
      ...(membersPresent === null ? {} : { membersPresent }),
      ...(membersTotal === null ? {} : { membersTotal }),
      location: cellLocation(grid.sheetName, row, column("inFavour") ?? unitColumn),
    });
  }
  return votes;
}

/** An award name that matches no award of the profile (or several equally). */
export function unknownAward(
  sheet: string,
  row: number,
  column: number,
  text: string,
  awards: readonly AwardRule[]
): Problem {
  const known = awards.map((award) => `“${award.name.vi}”`).join(", ");
  const knownEn = awards.map((award) => `“${award.name.en}”`).join(", ");
  return cellProblem(
    "history.unknownAward",
    "warning",
    { sheet, row, column },
    localized(
      `không nhận ra hình thức khen thưởng “${text}” trong bộ quy tắc (${known}); dòng này bị bỏ qua.`,
      `the award “${text}” is not one of the rule profile's awards (${knownEn}); the row is ignored.`
    )
  );
}
