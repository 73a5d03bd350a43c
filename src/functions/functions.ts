/*
 * THIDUA.* custom functions: thin wrappers over src/core. Their JSDoc is their only metadata;
 * the build generates functions.json from it (and functions-vi.json with the Vietnamese texts
 * of descriptionsVi.ts) and appends the CustomFunctions.associate calls.
 *
 * Every parameter is a range (`unknown[][]`): a single cell arrives as [[value]], an omitted
 * argument as null. Results are ranges in the shape of the input (spilled by Excel); a bad
 * value gives #VALUE! or #N/A with a message in Vietnamese and English, in its own cell.
 * Nothing here throws, writes to the workbook or is volatile. Reference: docs/functions.md.
 */
import { NATIONAL_2025_PROFILE } from "../core/profile/presets";
import { votePasses } from "../core/ballot/votePasses";
import { computeCompletion } from "../core/scoring/computeCompletion";
import { computePoints } from "../core/scoring/computePoints";
import { computeTotal } from "../core/scoring/computeTotal";
import { gradeFor } from "../core/scoring/gradeFor";
import { gradeLabel } from "../core/scoring/gradeLabel";
import { cellError } from "./internal/cellError";
import { combine } from "./internal/combine";
import { isBlank } from "./internal/isBlank";
import { leaderCells } from "./internal/leaderCells";
import { mapCells } from "./internal/mapCells";
import { nominationRows } from "./internal/nominationRows";
import { rankCells } from "./internal/rankCells";
import { readCount } from "./internal/readCount";
import { readFlag } from "./internal/readFlag";
import { readMethod } from "./internal/readMethod";
import { readNumber } from "./internal/readNumber";
import { readOptionalNumber } from "./internal/readOptionalNumber";
import { readPreset } from "./internal/readPreset";
import { readThresholds } from "./internal/readThresholds";
import { readUnitTable } from "./internal/readUnitTable";
import { readVoteThreshold } from "./internal/readVoteThreshold";
import { toCell } from "./internal/toCell";

/** Defaults for omitted settings: the current national frame (Law 06/2022, Decree 152/2025). */
const DEFAULTS = NATIONAL_2025_PROFILE;

/**
 * Completion ratio of a pledge target: actual ÷ target, or target ÷ actual when lower is better.
 * @customfunction COMPLETION
 * @helpurl https://localhost:3000/functions.html#completion
 * @param actual Achieved value: a cell or a range. An empty cell gives an empty result.
 * @param target The pledged target, a positive number (one cell, or a range like actual).
 * @param lower_is_better TRUE when less is better (e.g. complaints). Default FALSE.
 * @param cap Highest ratio counted, at least 1 (e.g. 1.2). Default: no cap.
 * @returns The completion ratio for each cell (1 = target met).
 */
export function completion(
  actual: unknown[][],
  target: unknown[][],
  lower_is_better?: unknown[][],
  cap?: unknown[][]
): Array<Array<number | string | boolean | CustomFunctions.Error>> {
  return mapCells({ actual, target, lower_is_better, cap }, (cell) => {
    if (isBlank(cell.actual)) return "";
    const args = combine([
      readNumber(cell.actual, "actual"),
      readNumber(cell.target, "target"),
      readFlag(cell.lower_is_better, "lower_is_better", false),
      readOptionalNumber(cell.cap, "cap"),
    ]);
    return toCell(args.ok ? computeCompletion(...args.value) : args);
  });
}

/**
 * Points earned by a quantitative criterion, from its completion and its maximum points.
 * @customfunction POINTS
 * @helpurl https://localhost:3000/functions.html#points
 * @param actual Achieved value: a cell or a range. An empty cell gives an empty result.
 * @param target The pledged target, a positive number.
 * @param max_points The criterion's maximum points (điểm chuẩn).
 * @param method proportional, capped or allOrNothing. Default proportional.
 * @param cap Completion ratio that earns full points with "capped", at least 1. Default 1.2.
 * @param lower_is_better TRUE when less is better (e.g. complaints). Default FALSE.
 * @returns The points for each cell.
 */
export function points(
  actual: unknown[][],
  target: unknown[][],
  max_points: unknown[][],
  method?: unknown[][],
  cap?: unknown[][],
  lower_is_better?: unknown[][]
): Array<Array<number | string | boolean | CustomFunctions.Error>> {
  return mapCells({ actual, target, max_points, method, cap, lower_is_better }, (cell) => {
    if (isBlank(cell.actual)) return "";
    const args = combine([
      readNumber(cell.actual, "actual"),
      readNumber(cell.target, "target"),
      readNumber(cell.max_points, "max_points"),
      readMethod(cell.method, DEFAULTS.scoring.pointsMethod),
      readOptionalNumber(cell.cap, "cap"),
      readFlag(cell.lower_is_better, "lower_is_better", false),
    ]);
    if (!args.ok) return toCell(args);
    const [actual, target, maxPoints, method, cap, lowerIsBetter] = args.value;
    const completionCap = cap ?? DEFAULTS.scoring.completionCap;
    return toCell(
      computePoints({ actual, target, maxPoints, method, cap: completionCap, lowerIsBetter })
    );
  });
}

/**
 * Total score: points + bonus − deduction, each capped when a cap is given.
 * @customfunction SCORE
 * @helpurl https://localhost:3000/functions.html#score
 * @param points Points of the criteria: a cell or a range. An empty cell gives an empty result.
 * @param max_points Maximum points (e.g. 100 or 1000); points above it are an error.
 * @param bonus Bonus points (điểm thưởng). Default 0.
 * @param deduction Points deducted (điểm trừ), as a positive number. Default 0.
 * @param bonus_cap Largest bonus that counts. Default: no cap.
 * @param deduction_cap Largest deduction that counts. Default: no cap.
 * @returns The total for each cell.
 */
export function score(
  points: unknown[][],
  max_points: unknown[][],
  bonus?: unknown[][],
  deduction?: unknown[][],
  bonus_cap?: unknown[][],
  deduction_cap?: unknown[][]
): Array<Array<number | string | boolean | CustomFunctions.Error>> {
  return mapCells({ points, max_points, bonus, deduction, bonus_cap, deduction_cap }, (cell) => {
    if (isBlank(cell.points)) return "";
    const args = combine([
      readNumber(cell.points, "points"),
      readNumber(cell.max_points, "max_points"),
      readOptionalNumber(cell.bonus, "bonus"),
      readOptionalNumber(cell.deduction, "deduction"),
      readOptionalNumber(cell.bonus_cap, "bonus_cap"),
      readOptionalNumber(cell.deduction_cap, "deduction_cap"),
    ]);
    if (!args.ok) return toCell(args);
    const [total, maxPoints, bonus, deduction, bonusCap, deductionCap] = args.value;
    return toCell(
      computeTotal({
        points: total,
        maxPoints,
        bonus: bonus ?? 0,
        deduction: deduction ?? 0,
        bonusCap,
        deductionCap,
      })
    );
  });
}

/**
 * The grade a total earns: Hoàn thành xuất sắc / tốt / Hoàn thành / Không hoàn thành nhiệm vụ.
 * @customfunction GRADE
 * @helpurl https://localhost:3000/functions.html#grade
 * @param score Total score: a cell or a range. An empty cell gives an empty result.
 * @param thresholds Three minimum totals (excellent, good, pass) or a preset name. Default 90, 80, 50.
 * @returns The grade's name for each cell.
 */
export function grade(
  score: unknown[][],
  thresholds?: unknown[][]
): Array<Array<number | string | boolean | CustomFunctions.Error>> {
  const minimums = readThresholds(thresholds);
  return mapCells({ score }, (cell) => {
    if (isBlank(cell.score)) return "";
    if (!minimums.ok) return toCell(minimums);
    const total = readNumber(cell.score, "score");
    return total.ok ? gradeLabel(gradeFor(total.value, minimums.value)).vi : toCell(total);
  });
}

/**
 * Rank of each score, highest first, ties sharing a rank (as RANK.EQ); tie-breaks decide ties.
 * @customfunction RANK
 * @helpurl https://localhost:3000/functions.html#rank
 * @param scores The scores to rank: a column, a row or a block. Empty cells are skipped.
 * @param tiebreaks Ranges the size of scores, used in order when scores tie; higher wins (use -range for lower).
 * @returns The rank of each score, in the shape of scores.
 */
export function rank(
  scores: unknown[][],
  tiebreaks?: unknown[][][]
): Array<Array<number | string | boolean | CustomFunctions.Error>> {
  if (!Array.isArray(scores)) return [[missingScores()]];
  // A repeating parameter arrives as one array of ranges (omitted ones as null).
  const ranges = Array.isArray(tiebreaks) ? tiebreaks.filter((range) => Array.isArray(range)) : [];
  return rankCells(scores, ranges);
}

/**
 * Whether a ballot passes: votes ÷ base reaches the threshold.
 * @customfunction VOTEPASS
 * @helpurl https://localhost:3000/functions.html#votepass
 * @param votes Votes in favour: a cell or a range. An empty cell gives an empty result.
 * @param base Number the share is taken of: members present or all members.
 * @param threshold Share needed: 0.5, 50%, 2/3, >50% (more than half) or a preset name. Default 80%.
 * @returns TRUE when the ballot passes, FALSE when not, for each cell.
 */
export function votepass(
  votes: unknown[][],
  base: unknown[][],
  threshold?: unknown[][]
): Array<Array<number | string | boolean | CustomFunctions.Error>> {
  return mapCells({ votes, base, threshold }, (cell) => {
    if (isBlank(cell.votes)) return "";
    const args = combine([
      readCount(cell.votes, "votes", 0),
      readCount(cell.base, "base", 1),
      readVoteThreshold(cell.threshold),
    ]);
    if (!args.ok) return toCell(args);
    const [count, of, rule] = args.value;
    if (count > of) return votesAboveBase(count, of);
    return votePasses(count, of, rule.threshold, rule.strictlyAbove);
  });
}

/**
 * The award proposed for each unit, with the reason, as the task pane decides.
 * @customfunction NOMINATE
 * @helpurl https://localhost:3000/functions.html#nominate
 * @param units Unit names, one column (or row).
 * @param scores Each unit's total score, in the same order.
 * @param votes Each unit's votes in favour (one column, or one number for all). Omitted: provisional, before the ballot.
 * @param voters Number of members voting (one number, or one per unit). Default: the number of units.
 * @param preset Rule preset: national-2025 (default) or seed-bloc-2018.
 * @returns One row per unit: unit, award proposed (empty when none), reasons.
 */
export function nominate(
  units: unknown[][],
  scores: unknown[][],
  votes?: unknown[][],
  voters?: unknown[][],
  preset?: string | null
): Array<Array<number | string | boolean | CustomFunctions.Error>> {
  const profile = readPreset(preset);
  if (!profile.ok) return [[toCell(profile), "", ""]];
  if (!Array.isArray(units) || !Array.isArray(scores)) return [[missingScores(), "", ""]];
  const table = readUnitTable(units, scores, profile.value);
  if (!("rows" in table)) return [[table, "", ""]];
  return nominationRows(table, votes, voters, profile.value);
}

/**
 * Next year's bloc leader and deputy, with the reasons, as the task pane decides.
 * @customfunction NEXTLEADER
 * @helpurl https://localhost:3000/functions.html#nextleader
 * @param units Unit names, one column (or row).
 * @param scores Each unit's total score this year, in the same order.
 * @param history_years Years of the leader history, one column.
 * @param history_leaders The bloc leader of each of those years.
 * @param year The year under review; the proposal is for the next. Default: the latest history year.
 * @param preset Rule preset: national-2025 (default) or seed-bloc-2018.
 * @returns A column: leader, deputy (empty when the rules choose none), reasons.
 */
export function nextleader(
  units: unknown[][],
  scores: unknown[][],
  history_years?: unknown[][],
  history_leaders?: unknown[][],
  year?: number | null,
  preset?: string | null
): Array<Array<number | string | boolean | CustomFunctions.Error>> {
  const profile = readPreset(preset);
  if (!profile.ok) return [[toCell(profile)], [""], [""]];
  if (!Array.isArray(units) || !Array.isArray(scores)) return [[missingScores()], [""], [""]];
  const table = readUnitTable(units, scores, profile.value);
  if (!("rows" in table)) return [[table], [table], [table]];
  return leaderCells(table, history_years, history_leaders, year, profile.value);
}

function missingScores(): CustomFunctions.Error {
  return cellError({
    vi: "Thiếu vùng đơn vị hoặc điểm.",
    en: "The units or scores range is missing.",
  });
}

function votesAboveBase(votes: number, base: number): CustomFunctions.Error {
  return cellError({
    vi: `Số phiếu đồng ý (votes) ${votes} nhiều hơn số người bỏ phiếu (base) ${base}.`,
    en: `votes (${votes}) are more than base (${base}).`,
  });
}
