import { decideLeader } from "../../core/decideBloc";
import { localized } from "../../core/localized";
import type { LeaderHistoryEntry } from "../../core/model";
import { failure, success, type Outcome } from "../../core/outcome";
import type { RuleProfile } from "../../core/profile/types";
import { nameKey } from "../../core/text/nameKey";
import { argumentLabel } from "./argumentNames";
import { cellError } from "./cellError";
import { inputError } from "./inputError";
import { isBlank } from "./isBlank";
import { readNumber } from "./readNumber";
import { readVector } from "./readVector";
import { isErrorRow } from "./blockedRows";
import { unitInputs, type UnitTable } from "./readUnitTable";
import type { Cell, Matrix } from "./types";

/**
 * NEXTLEADER's column: [leader; deputy; reasons], from `decideBloc`'s rotation proposal (through
 * `decideLeader`) for the year after `year` (the review year; the latest history year when
 * omitted). A leader or deputy the rules call for but cannot name (a tie, no candidate) is `#N/A`
 * with the reason; a deputy the rules do not choose is blank. Reasons are lines of one cell.
 */
export function leaderCells(
  table: UnitTable,
  historyYears: Matrix | null | undefined,
  historyLeaders: Matrix | null | undefined,
  year: unknown,
  profile: RuleProfile
): Cell[][] {
  const firstError = table.rows.find(isErrorRow);
  if (firstError) return column(firstError.error);
  const history = readHistory(historyYears, historyLeaders);
  if (!Array.isArray(history)) return column(history);
  const reviewYear = readYear(year, history);
  if (!reviewYear.ok) return column(cellError(reviewYear.error));

  const units = unitInputs(table);
  const result = decideLeader({
    year: reviewYear.value,
    blocName: "",
    scored: table.scored,
    unitInputs: units,
    votes: [],
    conditions: [],
    awardHistory: [],
    leaderHistory: history,
    profile,
  });
  const blocking = result.problems.find((problem) => problem.severity === "error");
  if (blocking) return column(cellError(blocking.message));

  const { rotation } = result;
  const reasons = rotation.reasons.map((reason) => reason.vi).join("\n");
  const undecided = cellError(
    localized(
      rotation.reasons[rotation.reasons.length - 1]?.vi ?? "Chưa xác định được.",
      rotation.reasons[rotation.reasons.length - 1]?.en ?? "Not determined."
    ),
    CustomFunctions.ErrorCode.notAvailable
  );
  const nameOf = (unitId: string | null): Cell =>
    unitId === null ? undecided : (units.find((unit) => unit.id === unitId)?.name ?? unitId);
  const deputy =
    profile.rotation.chooseDeputy || rotation.deputyUnitId !== null
      ? nameOf(rotation.deputyUnitId)
      : "";
  return [[nameOf(rotation.leaderUnitId)], [deputy], [reasons]];
}

function column(error: CustomFunctions.Error): Cell[][] {
  return [[error], [error], [error]];
}

/** The leader history: one year and one unit name per row; rows blank in both are skipped. */
function readHistory(
  years: Matrix | null | undefined,
  leaders: Matrix | null | undefined
): LeaderHistoryEntry[] | CustomFunctions.Error {
  const yearColumn = readVector(years, "history_years");
  if (!yearColumn.ok) return cellError(yearColumn.error);
  const leaderColumn = readVector(leaders, "history_leaders", { length: yearColumn.value.length });
  if (!leaderColumn.ok)
    return cellError(leaderColumn.error, CustomFunctions.ErrorCode.notAvailable);
  const entries: LeaderHistoryEntry[] = [];
  for (let index = 0; index < yearColumn.value.length; index++) {
    const yearCell = yearColumn.value[index];
    const leader = leaderColumn.value[index];
    const error = inputError(yearCell, "history_years") ?? inputError(leader, "history_leaders");
    if (error) return error;
    if (isBlank(yearCell) && isBlank(leader)) continue;
    const year = wholeYear(yearCell, "history_years");
    if (!year.ok) return cellError(year.error);
    if (typeof leader !== "string" || isBlank(leader)) {
      const name = argumentLabel("history_leaders");
      return cellError(
        localized(
          `${name.vi}: năm ${year.value} chưa có tên đơn vị.`,
          `${name.en}: no unit name for ${year.value}.`
        )
      );
    }
    entries.push({ year: year.value, leaderUnitId: nameKey(leader) });
  }
  return entries;
}

/** The review year: the argument, else the latest year of the history. */
function readYear(value: unknown, history: readonly LeaderHistoryEntry[]): Outcome<number> {
  if (!isBlank(value)) return wholeYear(value, "year");
  if (history.length > 0) return success(Math.max(...history.map((entry) => entry.year)));
  const name = argumentLabel("year");
  return failure(
    localized(
      `Cần ${name.vi} hoặc lịch sử Khối trưởng để biết đề xuất cho năm nào.`,
      `Give the ${name.en} or the leader history, to know which year the proposal is for.`
    )
  );
}

function wholeYear(value: unknown, argument: "year" | "history_years"): Outcome<number> {
  const read = readNumber(value, argument);
  if (!read.ok || (Number.isInteger(read.value) && read.value >= 1000 && read.value <= 9999))
    return read;
  const name = argumentLabel(argument);
  return failure(
    localized(
      `${name.vi} phải là một năm (ví dụ 2025), nhận được ${read.value}.`,
      `${name.en} must be a year such as 2025, got ${read.value}.`
    )
  );
}
