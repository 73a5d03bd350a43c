import type { AwardHistoryEntry, ConditionInput } from "../../model";
import type { RuleProfile } from "../../profile/types";
import type { BallotOutcome } from "../../result";

/** What every eligibility check may look at, besides the unit and the award, indexed by unit. */
export interface NominationContext {
  readonly year: number;
  readonly unitCount: number;
  readonly profile: RuleProfile;
  /** Per award id, per unit id: the first ballot recorded. */
  readonly ballotsByAward: ReadonlyMap<string, ReadonlyMap<string, BallotOutcome>>;
  readonly conditionsByUnit: ReadonlyMap<string, readonly ConditionInput[]>;
  readonly historyByUnit: ReadonlyMap<string, readonly AwardHistoryEntry[]>;
}

export function nominationContext(args: {
  readonly year: number;
  readonly unitCount: number;
  readonly profile: RuleProfile;
  readonly ballots: readonly BallotOutcome[];
  readonly conditions: readonly ConditionInput[];
  readonly awardHistory: readonly AwardHistoryEntry[];
}): NominationContext {
  return {
    year: args.year,
    unitCount: args.unitCount,
    profile: args.profile,
    ballotsByAward: firstBallots(args.ballots),
    conditionsByUnit: groupByUnit(args.conditions),
    historyByUnit: groupByUnit(args.awardHistory),
  };
}

/** The recorded ballot for a unit and an award (the first, when the sheet holds several). */
export function findBallot(
  context: NominationContext,
  unitId: string,
  awardId: string
): BallotOutcome | undefined {
  return context.ballotsByAward.get(awardId)?.get(unitId);
}

function firstBallots(ballots: readonly BallotOutcome[]): Map<string, Map<string, BallotOutcome>> {
  const byAward = new Map<string, Map<string, BallotOutcome>>();
  for (const ballot of ballots) {
    let byUnit = byAward.get(ballot.awardId);
    if (!byUnit) {
      byUnit = new Map();
      byAward.set(ballot.awardId, byUnit);
    }
    if (!byUnit.has(ballot.unitId)) byUnit.set(ballot.unitId, ballot);
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
