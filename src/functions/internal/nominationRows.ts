import { decideNominations } from "../../core/decideBloc";
import { localized, type Localized } from "../../core/localized";
import type { UnitBallot } from "../../core/model";
import type { RuleProfile } from "../../core/profile/types";
import { listNames } from "../../core/text";
import {
  OUTCOME,
  reasonWriter,
  sameReasonAsAbove,
  type AwardDecisions,
} from "../../core/nomination";
import type { BlocResult } from "../../core/result";
import { blockedRows } from "./blockedRows";
import { cellError } from "./cellError";
import { inputError } from "./inputError";
import { isBlank } from "./isBlank";
import { readCount } from "./readCount";
import { readVector } from "./readVector";
import { isUnitRow, rowName, type UnitRow, type UnitTable } from "./readUnitTable";
import type { Cell, Matrix } from "./types";

const PROVISIONAL = localized(" (tạm tính, chưa bỏ phiếu)", " (provisional: before the ballot)");

/**
 * NOMINATE's rows, one per unit row: [unit, award proposed or "", reasons]. The decisions are
 * `decideBloc`'s (through `decideNominations`). Each unit's votes count for every award that is voted on, out of `voters`
 * members, all present (one number, or one per unit; the number of units when omitted). With
 * no votes at all the awards are proposed before the ballot: vote thresholds are left out and
 * every reason says it is provisional.
 */
export function nominationRows(
  table: UnitTable,
  votes: Matrix | null | undefined,
  voters: Matrix | null | undefined,
  profile: RuleProfile
): Cell[][] {
  if (table.failed) return blockedRows(table, table.rows, 3);
  const provisional = votes === null || votes === undefined;
  const rules = provisional ? withoutBallot(profile) : profile;
  const ballots = readBallots(table, votes, voters);
  if (ballots.failed) return blockedRows(table, ballots.rows, 3);

  const result = decideNominations({
    // No history is given, so there is no year to review; 0 stands in.
    year: 0,
    blocName: "",
    scored: table.scored,
    // The units' inputs add nothing to their totals here (no shares of women).
    unitInputs: [],
    votes: [],
    unitBallots: ballots.unitBallots,
    conditions: [],
    awardHistory: [],
    leaderHistory: [],
    profile: rules,
  });
  if (result.blocked) return blockedRows(table, withProblems(table, result), 3);
  const { awards } = result;
  const labels = awardLabels(rules);
  const cells = new Array<Cell[]>(table.rows.length);
  const reasonText = reasonTexts(awards, labels, provisional);
  for (let unitIndex = 0; unitIndex < awards.units.length; unitIndex++) {
    const at = table.unitRows[result.order[unitIndex]!]!;
    const decided = awards.decided[unitIndex]!;
    cells[at] = cellRow(
      awards.units[unitIndex]!.name,
      decided >= 0 ? labels[decided]!.name : "",
      reasonText(unitIndex)
    );
  }
  for (let at = 0; at < cells.length; at++) {
    if (cells[at] !== undefined) continue;
    cells[at] = cellRow(rowName(table, table.rows[at]!), "", "");
  }
  return cells;
}

/** Three empty cells, copied for each row by `cellRow`. */
const EMPTY_ROW: readonly Cell[] = ["", "", ""];

/**
 * The row [unit, award, reasons], its reasons as one text. Both choices spare the garbage
 * collector, which took most of a 10,000-row call (measured with `npm run bench`):
 * - The row is a copy of `EMPTY_ROW`, not an array literal. V8 sees that the arrays of a literal
 *   outlive collections and then makes them in the old generation at once; the rows of earlier
 *   calls, no longer used, then keep their young texts alive, and each collection copies those
 *   texts, until a full one.
 * - A text added up from pieces is a tree of them. Excel copies each cell's text into its
 *   answer anyway, and one text is one object for the collector to move rather than a dozen.
 */
function cellRow(unit: string, award: string, reasons: string): Cell[] {
  // Reading a character makes V8 join the pieces of the text into one.
  reasons.charCodeAt(0);
  const row = EMPTY_ROW.slice();
  row[0] = unit;
  row[1] = award;
  row[2] = reasons;
  return row;
}

function withoutBallot(profile: RuleProfile): RuleProfile {
  return { ...profile, awards: profile.awards.map((award) => ({ ...award, voteThreshold: null })) };
}

interface Ballots {
  /** Each unit's ballot, in the order of the table's units; none for a unit without votes. */
  readonly unitBallots: (UnitBallot | undefined)[];
  readonly rows: readonly UnitRow[];
  readonly failed: boolean;
}

function readBallots(
  table: UnitTable,
  votes: Matrix | null | undefined,
  voters: Matrix | null | undefined
): Ballots {
  const { rows } = table;
  const expected = { length: rows.length, single: true };
  const inFavour = readVector(votes, "votes", expected);
  const members = readVector(voters, "voters", expected);
  const everyRow = (message: Localized): Ballots => {
    const error = cellError(message, CustomFunctions.ErrorCode.notAvailable);
    return {
      unitBallots: [],
      rows: rows.map((row) => errorRow(table, row, error)),
      failed: true,
    };
  };
  if (!inFavour.ok) return everyRow(inFavour.error);
  if (!members.ok) return everyRow(members.error);
  const pick = (cells: readonly unknown[], index: number, fallback: unknown) =>
    cells.length === 0 ? fallback : cells.length === 1 ? cells[0] : cells[index];
  const unitCount = table.scored.length;
  const unitBallots = new Array<UnitBallot | undefined>(unitCount);
  // Rows with a bad ballot, by index; the rows are copied with their errors only when there are some.
  let errors: Map<number, CustomFunctions.Error> | undefined;
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index]!;
    if (!isUnitRow(row)) continue;
    const votesCell = pick(inFavour.value, index, null);
    const votersCell = pick(members.value, index, unitCount);
    // Whole numbers, the usual case, are taken as they are, without an outcome for each.
    const read =
      isCount(votesCell, 0) && isCount(votersCell, 1)
        ? { ok: true as const, votes: votesCell, voters: votersCell }
        : readBallot(votesCell, votersCell);
    if (read === null) continue;
    if (!read.ok) {
      (errors ??= new Map()).set(index, read.error);
      continue;
    }
    unitBallots[row] = {
      unitId: table.scored[row]!.unitId,
      inFavour: read.votes,
      membersPresent: read.voters,
      membersTotal: read.voters,
    };
  }
  if (errors === undefined) return { unitBallots, rows, failed: false };
  const failed = errors;
  return {
    unitBallots,
    rows: rows.map((row, index) => {
      const error = failed.get(index);
      return error === undefined ? row : errorRow(table, row, error);
    }),
    failed: true,
  };
}

/** A plain whole number of at least `minimum`: what `readCount` accepts without reading text. */
function isCount(value: unknown, minimum: number): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= minimum;
}

type BallotRead =
  | { readonly ok: true; readonly votes: number; readonly voters: number }
  | { readonly ok: false; readonly error: CustomFunctions.Error };

/** A unit's votes and the number of voters, both whole numbers; null when it has no votes yet. */
function readBallot(votes: unknown, voters: unknown): BallotRead | null {
  const error = inputError(votes, "votes") ?? inputError(voters, "voters");
  if (error) return { ok: false, error };
  if (isBlank(votes)) return null;
  const inFavour = readCount(votes, "votes", 0);
  if (!inFavour.ok) return { ok: false, error: cellError(inFavour.error) };
  const members = readCount(voters, "voters", 1);
  if (!members.ok) return { ok: false, error: cellError(members.error) };
  return { ok: true, votes: inFavour.value, voters: members.value };
}

function errorRow(table: UnitTable, row: UnitRow, error: CustomFunctions.Error): UnitRow {
  if (!isUnitRow(row) && row.kind === "blank") return row;
  return { kind: "error", name: rowName(table, row), error };
}

/**
 * Rows marked with the engine's blocking problems: each unit's own; every row gets the first one
 * when it names no listed unit.
 */
function withProblems(table: UnitTable, result: Pick<BlocResult, "problems">): UnitRow[] {
  const errors = result.problems.filter((problem) => problem.severity === "error");
  const listed = new Set(table.scored.map((unit) => unit.unitId));
  const general =
    errors.find((problem) => problem.unitId === undefined || !listed.has(problem.unitId)) ?? null;
  return table.rows.map((row) => {
    if (!isUnitRow(row)) return row;
    const unitId = table.scored[row]!.unitId;
    const own = general ?? errors.find((problem) => problem.unitId === unitId);
    return own ? errorRow(table, row, cellError(own.message)) : row;
  });
}

interface AwardLabel {
  readonly name: string;
  /**
   * The starts of a reason of this award and the `n` awards after it, named together, at `n`:
   * "Name: " (or "Name và Other: ") opens a unit's reasons, "; Name: " starts each later one.
   */
  readonly heads: readonly { readonly first: string; readonly next: string }[];
}

/**
 * The Vietnamese name of each award and the starts of its reasons, alone or named together with
 * the awards after it, written once per call.
 */
function awardLabels(profile: RuleProfile): AwardLabel[] {
  const names = profile.awards.map((award) => award.name.vi);
  return names.map((name, award) => {
    const heads = names.slice(award).map((_, after) => {
      const named = listNames(names.slice(award, award + after + 1), "vi");
      return { first: `${named}: `, next: `; ${named}: ` };
    });
    return { name, heads };
  });
}

/**
 * Writes a unit's reasons (by its index in `awards`) for its cell: "Award: why" for each award it
 * was considered for, from the highest. Awards in a row missed for the same reason with the same
 * facts (both flags, for a unit that is not the bloc's leading one) are named together before
 * it: "Cờ thi đua của Chính phủ và Cờ thi đua của Ủy ban nhân dân tỉnh: Không phải …".
 * Provisional reasons say so.
 */
function reasonTexts(
  awards: AwardDecisions,
  labels: readonly AwardLabel[],
  provisional: boolean
): (unitIndex: number) => string {
  const write = reasonWriter(awards, "vi");
  // Added up; `cellRow` then makes each cell's sum one text.
  return (unitIndex) => {
    let text = "";
    // The awards [first, last] whose reason is `words`, not yet added to `text`.
    let first = -1;
    let last = -1;
    let words = "";
    for (let awardIndex = 0; awardIndex < labels.length; awardIndex++) {
      if (awards.outcomes[awardIndex]![unitIndex] === OUTCOME.none) continue;
      if (first >= 0 && sameReasonAsAbove(awards, awardIndex, unitIndex)) {
        last = awardIndex;
        continue;
      }
      if (first >= 0) text = withReason(text, labels[first]!.heads[last - first]!, words);
      first = last = awardIndex;
      words = write(awardIndex, unitIndex);
    }
    if (first >= 0) text = withReason(text, labels[first]!.heads[last - first]!, words);
    return provisional ? text + PROVISIONAL.vi : text;
  };
}

/** `text` with one more reason, started by `head`. */
function withReason(text: string, head: AwardLabel["heads"][number], words: string): string {
  return text === "" ? head.first + words : text + (head.next + words);
}
