import type { Localized } from "../../localized";
import type { ConditionInput } from "../../model";
import { GRADE_ORDER, type AwardRule, type GradeId } from "../../profile/types";
import type { BallotOutcome, UnitResult } from "../../result";
import { blockingReasons } from "../blockingReasons";
import { findBallot, type NominationContext } from "./context";
import { unmetHistory } from "./unmetHistory";

const EPSILON = 1e-9;

/**
 * A condition of an award that a unit does not meet, as data: `unmetWords` puts it in words
 * when it is read. Blocking and history reasons, rare, come already worded.
 */
export type UnmetCondition =
  | { readonly kind: "worded"; readonly text: Localized }
  | { readonly kind: "rank"; readonly rank: number; readonly bestRank: number }
  | { readonly kind: "grade"; readonly has: GradeId; readonly needs: GradeId }
  | { readonly kind: "score"; readonly total: number; readonly minScore: number }
  | { readonly kind: "noBallot" }
  | { readonly kind: "noQuorum" }
  | {
      readonly kind: "votes";
      readonly ballot: BallotOutcome;
      readonly threshold: number;
      readonly strictlyAbove: boolean;
    };

/** The unmet conditions of a unit and award: the only one as itself, or several in order. */
export type UnmetConditions = UnmetCondition | readonly UnmetCondition[];

const NO_BALLOT: UnmetCondition = { kind: "noBallot" };
const NO_QUORUM: UnmetCondition = { kind: "noQuorum" };

/**
 * Every condition of the award the unit (at `unitIndex` in the nominated units) does not meet,
 * in a fixed order (blocking, rank, grade, score, votes, history); null when the unit is
 * eligible. A missing ballot is only mentioned for a unit that meets the conditions before it
 * (no ballot is held for a unit already out). Votes pass at a share ≥ the award's threshold,
 * or > it when the profile's ballot is `strictlyAbove` ("more than half"), and only when the
 * ballot met its quorum.
 */
export function unmetConditions(
  unit: UnitResult,
  unitIndex: number,
  award: AwardRule,
  context: NominationContext
): UnmetConditions | null {
  // This runs for every unit and award, and most units miss one condition or none: a list is
  // made only for a second one, and no closure.
  let unmet: UnmetConditions | null = null;
  const conditions = context.conditionsByUnit.get(unit.unitId);
  if (conditions) {
    for (const text of distinctBlockingReasons(conditions, context))
      unmet = withCondition(unmet, { kind: "worded", text });
  }
  if (award.bestRank !== null && unit.rank > award.bestRank)
    unmet = withCondition(unmet, { kind: "rank", rank: unit.rank, bestRank: award.bestRank });
  if (
    award.minGrade !== null &&
    GRADE_ORDER.indexOf(unit.grade) > GRADE_ORDER.indexOf(award.minGrade)
  )
    unmet = withCondition(unmet, { kind: "grade", has: unit.grade, needs: award.minGrade });
  if (award.minScore !== null && unit.total < award.minScore - EPSILON)
    unmet = withCondition(unmet, { kind: "score", total: unit.total, minScore: award.minScore });
  // A unit already out by the rules above is not put to the vote: a missing ballot is not news.
  const vote = unmetVote(unitIndex, award, context, unmet !== null);
  if (vote) unmet = withCondition(unmet, vote);
  for (const condition of award.history) {
    const text = unmetHistory(unit, condition, context);
    if (text) unmet = withCondition(unmet, { kind: "worded", text });
  }
  return unmet;
}

function withCondition(unmet: UnmetConditions | null, condition: UnmetCondition): UnmetConditions {
  if (unmet === null) return condition;
  // A third condition, rare, copies the list.
  return Array.isArray(unmet) ? [...unmet, condition] : [unmet as UnmetCondition, condition];
}

/** The blocking reasons of every conditions row of the unit, each once. */
function distinctBlockingReasons(
  conditions: readonly ConditionInput[],
  context: NominationContext
): Localized[] {
  const reasons: Localized[] = [];
  const seen = new Set<string>();
  for (const condition of conditions) {
    for (const reason of blockingReasons(condition, context.profile.blocking)) {
      if (!seen.has(reason.vi)) reasons.push(reason);
      seen.add(reason.vi);
    }
  }
  return reasons;
}

function unmetVote(
  unitIndex: number,
  award: AwardRule,
  context: NominationContext,
  alreadyOut: boolean
): UnmetCondition | null {
  const threshold = award.voteThreshold;
  if (threshold === null) return null;
  const ballot = findBallot(context, unitIndex, award.id);
  if (!ballot) return alreadyOut ? null : NO_BALLOT;
  if (!ballot.quorumMet) return NO_QUORUM;
  const strictlyAbove = context.profile.ballot.strictlyAbove;
  const passes = strictlyAbove
    ? ballot.share > threshold + EPSILON
    : ballot.share >= threshold - EPSILON;
  return passes ? null : { kind: "votes", ballot, threshold, strictlyAbove };
}
