import { localized, type Localized } from "../../localized";
import type { ConditionInput } from "../../model";
import { GRADE_ORDER, type AwardRule } from "../../profile/types";
import type { UnitResult } from "../../result";
import { blockingReasons } from "../blockingReasons";
import { findBallot, type NominationContext } from "./context";
import { formatNumber, formatShare, gradeName, ordinal } from "./format";
import { unmetHistory } from "./unmetHistory";

const EPSILON = 1e-9;

/**
 * Every condition of the award the unit does not meet, in a fixed order (blocking, rank, grade,
 * score, votes, history); empty when the unit is eligible. A missing ballot is only mentioned
 * for a unit that meets the conditions before it (no ballot is held for a unit already out).
 * Votes pass at a share ≥ the award's threshold, or > it when the profile's ballot is
 * `strictlyAbove` ("more than half"), and only when the ballot met its quorum.
 */
export function unmetConditions(
  unit: UnitResult,
  award: AwardRule,
  context: NominationContext
): Localized[] {
  const unmet: Localized[] = [];
  const conditions = context.conditionsByUnit.get(unit.unitId);
  if (conditions) unmet.push(...distinctBlockingReasons(conditions, context));
  if (award.bestRank !== null && unit.rank > award.bestRank)
    unmet.push(rankReason(unit.rank, award.bestRank));
  if (
    award.minGrade !== null &&
    GRADE_ORDER.indexOf(unit.grade) > GRADE_ORDER.indexOf(award.minGrade)
  ) {
    const has = gradeName(unit.grade);
    const needs = gradeName(award.minGrade);
    unmet.push(
      localized(`xếp loại ${has.vi}, cần ${needs.vi}`, `graded "${has.en}", needs "${needs.en}"`)
    );
  }
  if (award.minScore !== null && unit.total < award.minScore - EPSILON) {
    unmet.push(
      localized(
        `tổng điểm ${formatNumber(unit.total, "vi")} dưới mức tối thiểu ${formatNumber(award.minScore, "vi")}`,
        `total of ${formatNumber(unit.total, "en")} below the minimum of ${formatNumber(award.minScore, "en")}`
      )
    );
  }
  // A unit already out by the rules above is not put to the vote: a missing ballot is not news.
  const vote = voteReason(unit, award, context, unmet.length > 0);
  if (vote) unmet.push(vote);
  for (const condition of award.history) {
    const reason = unmetHistory(unit, condition, context);
    if (reason) unmet.push(reason);
  }
  return unmet;
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

function rankReason(rank: number, bestRank: number): Localized {
  if (bestRank === 1) {
    return localized(
      `không phải đơn vị dẫn đầu khối (xếp hạng ${rank})`,
      `not the bloc's leading unit (ranked ${ordinal(rank)})`
    );
  }
  return localized(
    `xếp hạng ${rank}, danh hiệu này cần hạng ${bestRank} trở lên`,
    `ranked ${ordinal(rank)}, the award needs ${ordinal(bestRank)} or better`
  );
}

function voteReason(
  unit: UnitResult,
  award: AwardRule,
  context: NominationContext,
  alreadyOut: boolean
): Localized | null {
  const threshold = award.voteThreshold;
  if (threshold === null) return null;
  const ballot = findBallot(context, unit.unitId, award.id);
  if (!ballot && alreadyOut) return null;
  if (!ballot)
    return localized(
      "chưa có kết quả bỏ phiếu cho danh hiệu này",
      "no ballot recorded for this award"
    );
  if (!ballot.quorumMet) {
    return localized(
      "cuộc bỏ phiếu không đủ số thành viên dự họp theo quy định",
      "the ballot did not have the required quorum"
    );
  }
  const strict = context.profile.ballot.strictlyAbove;
  const passes = strict ? ballot.share > threshold + EPSILON : ballot.share >= threshold - EPSILON;
  if (passes) return null;
  const votes = (language: "vi" | "en") =>
    `${formatNumber(ballot.votes, language)}/${formatNumber(ballot.base, language)}`;
  return strict
    ? localized(
        `${votes("vi")} phiếu (${formatShare(ballot.share, "vi")}) không vượt quá ngưỡng ${formatShare(threshold, "vi")}`,
        `${votes("en")} votes (${formatShare(ballot.share, "en")}) not above the ${formatShare(threshold, "en")} threshold`
      )
    : localized(
        `${votes("vi")} phiếu (${formatShare(ballot.share, "vi")}) dưới ngưỡng ${formatShare(threshold, "vi")}`,
        `${votes("en")} votes (${formatShare(ballot.share, "en")}) below the ${formatShare(threshold, "en")} threshold`
      );
}
