import type { Localized } from "../../localized";
import type { AwardHistoryEntry, ConditionInput } from "../../model";
import type { RuleProfile } from "../../profile/types";
import type { BallotCount, BallotOutcome, UnitResult } from "../../result";
import { awardIndexOf } from "../../internal/awardIndexOf";
import { indexUnits } from "../../internal/unitIndex";
import { blockingReasons } from "../blockingReasons";

/** What every eligibility check may look at, besides the unit and the award. */
export interface NominationContext {
  readonly year: number;
  readonly unitCount: number;
  readonly profile: RuleProfile;
  /** Per award (profile order): the first ballot recorded for each unit, at its index in `units`. */
  readonly ballots: BallotsByAward;
  /** The reasons that bar a unit from every award, by unit index; only blocked units. */
  readonly blocking: ReadonlyMap<number, readonly Localized[]>;
  readonly historyByUnit: ReadonlyMap<string, readonly AwardHistoryEntry[]>;
}

/** Per award (profile order), per unit index: the ballot that counts. */
export type BallotsByAward = readonly (readonly (BallotCount | undefined)[])[];

export function nominationContext(
  args: {
    readonly year: number;
    readonly units: readonly UnitResult[];
    readonly profile: RuleProfile;
    readonly conditions: readonly ConditionInput[];
    readonly awardHistory: readonly AwardHistoryEntry[];
  },
  ballots: BallotsByAward
): NominationContext {
  return {
    year: args.year,
    unitCount: args.units.length,
    profile: args.profile,
    ballots,
    blocking: blockedUnits(args.units, args.conditions, args.profile),
    historyByUnit: groupByUnit(args.awardHistory),
  };
}

/**
 * Each award's first ballot by unit index. Arrays rather than maps keyed by unit id: a list holds a
 * ballot per unit and award, and each is looked up once per check. Ballots of units not listed,
 * or of awards the profile does not have, are never asked for, so they are left out.
 */
export function firstBallots(
  ballots: readonly BallotOutcome[],
  units: readonly UnitResult[],
  profile: RuleProfile
): (BallotOutcome | undefined)[][] {
  const byAward = profile.awards.map(() => new Array<BallotOutcome | undefined>(units.length));
  if (ballots.length === 0) return byAward;
  const { indexOf, first } = indexUnits(units);
  // A unit's ballots usually come together, one per award: its index is looked up once for
  // them.
  let lastUnitId: string | undefined;
  let index: number | undefined;
  for (const ballot of ballots) {
    if (ballot.unitId !== lastUnitId) {
      lastUnitId = ballot.unitId;
      index = indexOf.get(ballot.unitId);
    }
    if (index === undefined) continue;
    const byUnit = byAward[awardIndexOf(profile, ballot.awardId)];
    if (byUnit !== undefined) byUnit[index] ??= ballot;
  }
  // A unit id listed twice (an error reported elsewhere) sees the same ballots at both places.
  for (let at = 0; at < first.length; at++) {
    if (first[at] === at) continue;
    for (const byUnit of byAward) byUnit[at] = byUnit[first[at]!];
  }
  return byAward;
}

/** The blocking reasons of every conditions row of each unit, each once; only blocked units. */
function blockedUnits(
  units: readonly UnitResult[],
  conditions: readonly ConditionInput[],
  profile: RuleProfile
): Map<number, Localized[]> {
  const blocked = new Map<number, Localized[]>();
  if (conditions.length === 0) return blocked;
  const byUnit = groupByUnit(conditions);
  for (let index = 0; index < units.length; index++) {
    const rows = byUnit.get(units[index]!.unitId);
    if (rows === undefined) continue;
    const reasons: Localized[] = [];
    const seen = new Set<string>();
    for (const row of rows) {
      for (const reason of blockingReasons(row, profile.blocking)) {
        if (!seen.has(reason.vi)) reasons.push(reason);
        seen.add(reason.vi);
      }
    }
    if (reasons.length > 0) blocked.set(index, reasons);
  }
  return blocked;
}

function groupByUnit<T extends { readonly unitId: string }>(rows: readonly T[]): Map<string, T[]> {
  const byUnit = new Map<string, T[]>();
  for (const row of rows) {
    const list = byUnit.get(row.unitId);
    if (list) list.push(row);
    else byUnit.set(row.unitId, [row]);
  }
  return byUnit;
}
