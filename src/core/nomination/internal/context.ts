import type { AwardHistoryEntry, ConditionInput } from "../../model";
import type { RuleProfile } from "../../profile/types";
import { AwardLists } from "../../internal/awardLists";
import type { BallotOutcome, UnitResult } from "../../result";

/** What every eligibility check may look at, besides the unit and the award. */
export interface NominationContext {
  readonly year: number;
  readonly unitCount: number;
  readonly profile: RuleProfile;
  /** Per award id: the first ballot recorded for each unit, at the unit's index in `units`. */
  readonly ballotsByAward: ReadonlyMap<string, readonly (BallotOutcome | undefined)[]>;
  readonly conditionsByUnit: ReadonlyMap<string, readonly ConditionInput[]>;
  readonly historyByUnit: ReadonlyMap<string, readonly AwardHistoryEntry[]>;
}

export function nominationContext(args: {
  readonly year: number;
  readonly units: readonly UnitResult[];
  readonly profile: RuleProfile;
  readonly ballots: readonly BallotOutcome[];
  readonly conditions: readonly ConditionInput[];
  readonly awardHistory: readonly AwardHistoryEntry[];
}): NominationContext {
  return {
    year: args.year,
    unitCount: args.units.length,
    profile: args.profile,
    ballotsByAward: firstBallots(args.ballots, args.units),
    conditionsByUnit: groupByUnit(args.conditions),
    historyByUnit: groupByUnit(args.awardHistory),
  };
}

/** The recorded ballot for the unit at `unitIndex` and an award (the first, when several). */
export function findBallot(
  context: NominationContext,
  unitIndex: number,
  awardId: string
): BallotOutcome | undefined {
  return context.ballotsByAward.get(awardId)?.[unitIndex];
}

/**
 * Each award's ballots by unit index. Arrays rather than maps keyed by unit id: a list holds a
 * ballot per unit and award, and each is looked up once per check. Ballots of units not listed
 * are never asked for, so they are left out.
 */
function firstBallots(
  ballots: readonly BallotOutcome[],
  units: readonly UnitResult[]
): Map<string, (BallotOutcome | undefined)[]> {
  const byAward = new Map<string, (BallotOutcome | undefined)[]>();
  if (ballots.length === 0) return byAward;
  const indexOf = new Map<string, number>();
  // A unit id listed twice (an error reported elsewhere) sees the same ballots at both places.
  const repeated: [index: number, first: number][] = [];
  for (let index = 0; index < units.length; index++) {
    const unitId = units[index]!.unitId;
    const first = indexOf.get(unitId);
    if (first === undefined) indexOf.set(unitId, index);
    else repeated.push([index, first]);
  }
  // A unit's ballots usually come together, one per award: its index is looked up once for
  // them, and each award's list is found among the few seen so far without a map lookup.
  let lastUnitId: string | undefined;
  let index: number | undefined;
  const lists = new AwardLists<BallotOutcome>(units.length);
  for (const ballot of ballots) {
    if (ballot.unitId !== lastUnitId) {
      lastUnitId = ballot.unitId;
      index = indexOf.get(ballot.unitId);
    }
    if (index === undefined) continue;
    const byUnit = lists.of(ballot.awardId);
    byUnit[index] ??= ballot;
  }
  lists.addTo(byAward);
  for (const byUnit of byAward.values()) {
    for (const [index, first] of repeated) byUnit[index] = byUnit[first];
  }
  return byAward;
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
