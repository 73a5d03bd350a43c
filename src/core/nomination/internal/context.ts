import type { AwardHistoryEntry, ConditionInput } from "../../model";
import type { RuleProfile } from "../../profile/types";
import type { BallotOutcome } from "../../result";

/** What every eligibility check may look at, besides the unit and the award. */
export interface NominationContext {
  readonly year: number;
  readonly unitCount: number;
  readonly ballots: readonly BallotOutcome[];
  readonly conditions: readonly ConditionInput[];
  readonly awardHistory: readonly AwardHistoryEntry[];
  readonly profile: RuleProfile;
}

/** The recorded ballot for a unit and an award (the first, when the sheet holds several). */
export function findBallot(
  context: NominationContext,
  unitId: string,
  awardId: string
): BallotOutcome | undefined {
  return context.ballots.find((ballot) => ballot.unitId === unitId && ballot.awardId === awardId);
}
