import { localized, type Localized } from "../../localized";
import type { LeaderHistoryEntry, UnitInput } from "../../model";
import { problem, type Problem } from "../../problem";
import type { RotationRules } from "../../profile/types";
import type { RotationCandidate, RotationProposal, UnitResult } from "../../result";

/** The arguments of `proposeLeader`, shared by every mode. */
export interface RotationArgs {
  /** The review year; the proposal is for the year after. */
  readonly year: number;
  readonly units: readonly UnitResult[];
  readonly unitInputs: readonly UnitInput[];
  readonly leaderHistory: readonly LeaderHistoryEntry[];
  readonly blockedUnitIds: ReadonlySet<string>;
  readonly rules: RotationRules;
  /** False to leave the alternatives out; default true. */
  readonly listAlternatives?: boolean;
}

export interface RotationDecision {
  readonly proposal: RotationProposal;
  readonly problems: Problem[];
}

/** A decision under construction: each mode fills it in. */
export interface Draft {
  leaderUnitId: string | null;
  deputyUnitId: string | null;
  readonly reasons: Localized[];
  readonly alternatives: RotationCandidate[];
  readonly tiedUnitIds: string[];
  readonly problems: Problem[];
}

export function emptyDraft(): Draft {
  return {
    leaderUnitId: null,
    deputyUnitId: null,
    reasons: [],
    alternatives: [],
    tiedUnitIds: [],
    problems: [],
  };
}

export function toDecision(args: RotationArgs, draft: Draft): RotationDecision {
  return {
    proposal: {
      year: args.year + 1,
      leaderUnitId: draft.leaderUnitId,
      deputyUnitId: draft.deputyUnitId,
      reasons: draft.reasons,
      alternatives: draft.alternatives,
      tiedUnitIds: draft.tiedUnitIds,
    },
    problems: draft.problems,
  };
}

/** The unit's name as the secretariat wrote it, else its id. */
export function nameOf(args: RotationArgs, unitId: string): string {
  return (
    args.unitInputs.find((unit) => unit.id === unitId)?.name ??
    args.units.find((unit) => unit.unitId === unitId)?.name ??
    unitId
  );
}

/** True when the unit may not lead (blocked, and the rules exclude blocked units). */
export function isExcluded(args: RotationArgs, unitId: string): boolean {
  return args.rules.excludeBlocked && args.blockedUnitIds.has(unitId);
}

/** The leader history entry of a year (the first, when the sheet holds several). */
export function historyOf(args: RotationArgs, year: number): LeaderHistoryEntry | undefined {
  return args.leaderHistory.find((entry) => entry.year === year);
}

/** "Khối trưởng 2018: A; Khối phó: B" / "Leader in 2018: A; deputy: B" (or "not recorded"). */
export function historyLine(args: RotationArgs, year: number): Localized {
  const entry = historyOf(args, year);
  if (!entry)
    return localized(
      `Khối trưởng ${year}: không có trong lịch sử`,
      `Leader in ${year}: not recorded`
    );
  const leader = nameOf(args, entry.leaderUnitId);
  if (entry.deputyUnitId === undefined)
    return localized(`Khối trưởng ${year}: ${leader}`, `Leader in ${year}: ${leader}`);
  const deputy = nameOf(args, entry.deputyUnitId);
  return localized(
    `Khối trưởng ${year}: ${leader}; Khối phó: ${deputy}`,
    `Leader in ${year}: ${leader}; deputy: ${deputy}`
  );
}

export const BLOCKED_TEXT = localized(
  "Thuộc diện không được đề nghị (kỷ luật, thanh tra, điều tra hoặc khiếu nại)",
  "blocked (discipline, inspection, investigation or complaint)"
);

/** An English ordinal: 1st, 2nd, 3rd, 4th, 11th, 21st. */
export function ordinal(value: number): string {
  const lastTwo = Math.abs(value) % 100;
  const last = Math.abs(value) % 10;
  if (lastTwo >= 11 && lastTwo <= 13) return `${value}th`;
  if (last === 1) return `${value}st`;
  if (last === 2) return `${value}nd`;
  if (last === 3) return `${value}rd`;
  return `${value}th`;
}

/** No unit can lead: the proposal names none, with a `rotation.noCandidate` warning. */
export function reportNoCandidate(args: RotationArgs, draft: Draft): void {
  const next = args.year + 1;
  draft.reasons.push(
    localized(
      `Không có đơn vị nào đủ điều kiện làm Khối trưởng năm ${next}`,
      `No unit qualifies as bloc leader for ${next}`
    )
  );
  draft.problems.push(
    problem(
      "rotation.noCandidate",
      "warning",
      localized(
        `Không có đơn vị nào đủ điều kiện làm Khối trưởng năm ${next}; hội nghị quyết định.`,
        `No unit qualifies as bloc leader for ${next}; the meeting decides.`
      )
    )
  );
}

/** No unit can be deputy: a reason and a `rotation.noCandidate` warning. */
export function reportNoDeputy(args: RotationArgs, draft: Draft): void {
  const next = args.year + 1;
  draft.reasons.push(
    localized(
      `Không còn đơn vị nào có thể làm Khối phó năm ${next}`,
      `No unit is available as deputy for ${next}`
    )
  );
  draft.problems.push(
    problem(
      "rotation.noCandidate",
      "warning",
      localized(
        `Không có đơn vị nào đủ điều kiện làm Khối phó năm ${next}.`,
        `No unit qualifies as deputy for ${next}.`
      )
    )
  );
}
