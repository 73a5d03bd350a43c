import { decideNominations } from "../../core/decideBloc";
import { localized, type Localized } from "../../core/localized";
import type { VoteInput } from "../../core/model";
import type { RuleProfile } from "../../core/profile/types";
import type { BlocResult, Nomination } from "../../core/result";
import { blockedRows } from "./blockedRows";
import { cellError } from "./cellError";
import { inputError } from "./inputError";
import { isBlank } from "./isBlank";
import { readCount } from "./readCount";
import { readVector } from "./readVector";
import type { UnitRow, UnitTable } from "./readUnitTable";
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
  if (table.failed) return blockedRows(table.rows, 3);
  const provisional = votes === null || votes === undefined;
  const rules = provisional ? withoutBallot(profile) : profile;
  const ballots = readBallots(table.rows, votes, voters, table.units.length, rules);
  if (ballots.failed) return blockedRows(ballots.rows, 3);

  const result = decideNominations({
    // No history is given, so there is no year to review; 0 stands in.
    year: 0,
    blocName: "",
    scored: table.scored,
    unitInputs: table.units,
    votes: ballots.votes,
    conditions: [],
    awardHistory: [],
    leaderHistory: [],
    profile: rules,
  });
  if (result.blocked) return blockedRows(withProblems(table.rows, result), 3);
  const labels = awardLabels(rules);
  // Each row is made once, with its final values: rows filled in later would be older than
  // their texts, which costs the garbage collector more with thousands of them.
  const cells = new Array<Cell[]>(table.rows.length);
  const { nominations } = result;
  for (let index = 0; index < nominations.length; index++) {
    const nomination = nominations[index]!;
    const at = table.rowOf.get(nomination.unitId)!;
    const row = table.rows[at]!;
    cells[at] = [
      row.kind === "unit" ? row.unit.name : "",
      nomination.awardId === null ? "" : (labelOf(labels, nomination.awardId)?.name ?? ""),
      reasonText(nomination, labels, provisional),
    ];
  }
  for (let at = 0; at < cells.length; at++) {
    if (cells[at] !== undefined) continue;
    const row = table.rows[at]!;
    cells[at] = [row.kind === "unit" ? row.unit.name : "", "", ""];
  }
  return cells;
}

function withoutBallot(profile: RuleProfile): RuleProfile {
  return { ...profile, awards: profile.awards.map((award) => ({ ...award, voteThreshold: null })) };
}

interface Ballots {
  readonly votes: VoteInput[];
  readonly rows: readonly UnitRow[];
  readonly failed: boolean;
}

function readBallots(
  rows: readonly UnitRow[],
  votes: Matrix | null | undefined,
  voters: Matrix | null | undefined,
  unitCount: number,
  profile: RuleProfile
): Ballots {
  const expected = { length: rows.length, single: true };
  const inFavour = readVector(votes, "votes", expected);
  const members = readVector(voters, "voters", expected);
  const everyRow = (message: Localized): Ballots => {
    const error = cellError(message, CustomFunctions.ErrorCode.notAvailable);
    return { votes: [], rows: rows.map((row) => errorRow(row, error)), failed: true };
  };
  if (!inFavour.ok) return everyRow(inFavour.error);
  if (!members.ok) return everyRow(members.error);
  const pick = (cells: readonly unknown[], index: number, fallback: unknown) =>
    cells.length === 0 ? fallback : cells.length === 1 ? cells[0] : cells[index];
  const voted = profile.awards.filter((award) => award.voteThreshold !== null);
  const inputs: VoteInput[] = [];
  // Rows with a bad ballot, by index; the rows are copied with their errors only when there are some.
  let errors: Map<number, CustomFunctions.Error> | undefined;
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index]!;
    if (row.kind !== "unit") continue;
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
    for (const award of voted) {
      inputs.push({
        unitId: row.unit.id,
        awardId: award.id,
        inFavour: read.votes,
        membersPresent: read.voters,
        membersTotal: read.voters,
      });
    }
  }
  if (errors === undefined) return { votes: inputs, rows, failed: false };
  const failed = errors;
  return {
    votes: inputs,
    rows: rows.map((row, index) => {
      const error = failed.get(index);
      return error === undefined ? row : errorRow(row, error);
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

function errorRow(row: UnitRow, error: CustomFunctions.Error): UnitRow {
  if (row.kind === "blank") return row;
  return { kind: "error", name: row.kind === "unit" ? row.unit.name : row.name, error };
}

/**
 * Rows marked with the engine's blocking problems: each unit's own; every row gets the first one
 * when it names no listed unit.
 */
function withProblems(rows: readonly UnitRow[], result: Pick<BlocResult, "problems">): UnitRow[] {
  const errors = result.problems.filter((problem) => problem.severity === "error");
  const listed = new Set(rows.flatMap((row) => (row.kind === "unit" ? [row.unit.id] : [])));
  const general =
    errors.find((problem) => problem.unitId === undefined || !listed.has(problem.unitId)) ?? null;
  return rows.map((row) => {
    if (row.kind !== "unit") return row;
    const own = general ?? errors.find((problem) => problem.unitId === row.unit.id);
    return own ? errorRow(row, cellError(own.message)) : row;
  });
}

interface AwardLabel {
  readonly awardId: string;
  readonly name: string;
  /** "Name: ", which starts a unit's reasons. */
  readonly first: string;
  /** "; Name: ", which starts each later one. */
  readonly next: string;
}

/** The Vietnamese name of each award, and the starts of its reasons, written once per call. */
function awardLabels(profile: RuleProfile): AwardLabel[] {
  return profile.awards.map((award) => awardLabel(award.id, award.name.vi));
}

function awardLabel(awardId: string, name: string): AwardLabel {
  return { awardId, name, first: `${name}: `, next: `; ${name}: ` };
}

/**
 * The label of an award, the last of that id (as a map by id would keep it). A profile has a
 * few awards: they are compared in place rather than looked up in a map for every reason.
 */
function labelOf(labels: readonly AwardLabel[], awardId: string): AwardLabel | undefined {
  for (let index = labels.length - 1; index >= 0; index--) {
    if (labels[index]!.awardId === awardId) return labels[index];
  }
  return undefined;
}

/** "Award: why" for each award considered, from the highest; provisional ones say so. */
function reasonText(
  nomination: Nomination,
  labels: readonly AwardLabel[],
  provisional: boolean
): string {
  // Each unit's reasons are written once, straight into its cell, from the labels' starts:
  // fewer pieces for thousands of cells.
  let text = "";
  const { reasons } = nomination;
  for (let index = 0; index < reasons.length; index++) {
    const reason = reasons[index]!;
    const label = labelOf(labels, reason.awardId) ?? awardLabel(reason.awardId, reason.awardId);
    text = index === 0 ? label.first + reason.message.vi : text + label.next + reason.message.vi;
  }
  return provisional ? text + PROVISIONAL.vi : text;
}
