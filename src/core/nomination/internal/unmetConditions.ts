import type { Localized } from "../../localized";
import type { AwardRule } from "../../profile/types";
import { gradeAtLeast } from "../../scoring/gradeAtLeast";
import type { UnitResult } from "../../result";
import { UNMET } from "../awardDecisions";
import type { NominationContext } from "./context";
import { unmetHistory } from "./unmetHistory";

const EPSILON = 1e-9;

/**
 * The conditions of the award (at `awardIndex`) that the unit (at `unitIndex`) does not meet,
 * as `UNMET` bits; 0 when the unit is eligible. The words of the history conditions it misses,
 * the only ones not told by the unit's and the award's own facts, are added to `history`.
 * A missing ballot is only mentioned for a unit that meets the conditions before it (no ballot
 * is held for a unit already out). Votes pass at a share ≥ the award's threshold, or > it when
 * the profile's ballot is `strictlyAbove` ("more than half"), and only when the ballot met its
 * quorum.
 */
export function unmetConditions(
  unit: UnitResult,
  unitIndex: number,
  award: AwardRule,
  awardIndex: number,
  context: NominationContext,
  history: Map<number, Localized[]>
): number {
  // This runs for every unit and award: bits, no list and no closure.
  let unmet = context.blocking.has(unitIndex) ? UNMET.blocked : 0;
  if (award.bestRank !== null && unit.rank > award.bestRank) unmet |= UNMET.rank;
  if (award.minGrade !== null && !gradeAtLeast(unit.grade, award.minGrade)) unmet |= UNMET.grade;
  if (award.minScore !== null && unit.total < award.minScore - EPSILON) unmet |= UNMET.score;
  // A unit already out by the rules above is not put to the vote: a missing ballot is not news.
  unmet |= unmetVote(unitIndex, award, awardIndex, context, unmet !== 0);
  for (const condition of award.history) {
    const text = unmetHistory(unit, condition, context);
    if (text === null) continue;
    unmet |= UNMET.history;
    const texts = history.get(unitIndex);
    if (texts) texts.push(text);
    else history.set(unitIndex, [text]);
  }
  return unmet;
}

function unmetVote(
  unitIndex: number,
  award: AwardRule,
  awardIndex: number,
  context: NominationContext,
  alreadyOut: boolean
): number {
  const threshold = award.voteThreshold;
  if (threshold === null) return 0;
  const ballot = context.ballots[awardIndex]![unitIndex];
  if (!ballot) return alreadyOut ? 0 : UNMET.noBallot;
  if (!ballot.quorumMet) return UNMET.noQuorum;
  const passes = context.profile.ballot.strictlyAbove
    ? ballot.share > threshold + EPSILON
    : ballot.share >= threshold - EPSILON;
  return passes ? 0 : UNMET.votes;
}
