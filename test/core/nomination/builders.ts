/** Small builders for nomination tests: units, ballots and a profile with chosen awards. */
import type { ConditionInput } from "../../../src/core/model";
import { NATIONAL_2025_PROFILE, type AwardRule, type RuleProfile } from "../../../src/core/profile";
import type { BallotOutcome, UnitResult } from "../../../src/core/result";

export function unit(unitId: string, rank: number, extra: Partial<UnitResult> = {}): UnitResult {
  return {
    unitId,
    name: `Đơn vị ${unitId}`,
    selfPoints: null,
    blocPoints: 100 - rank,
    points: 100 - rank,
    bonus: 0,
    deduction: 0,
    total: 100 - rank,
    groupPoints: {},
    rank,
    tied: false,
    grade: "excellent",
    ...extra,
  };
}

export function ballot(
  unitId: string,
  awardId: string,
  votes: number,
  base: number,
  quorumMet = true
): BallotOutcome {
  return {
    unitId,
    awardId,
    votes,
    base,
    share: votes / base,
    quorumMet,
    passed: quorumMet && votes / base >= 0.5,
  };
}

export function clean(unitId: string, extra: Partial<ConditionInput> = {}): ConditionInput {
  return {
    unitId,
    disciplineLevel: 0,
    underInvestigation: false,
    pendingComplaint: false,
    ...extra,
  };
}

export function award(id: string, extra: Partial<AwardRule> = {}): AwardRule {
  return {
    id,
    name: { vi: `Danh hiệu ${id}`, en: `award ${id}` },
    quota: { kind: "unlimited" },
    bestRank: null,
    minGrade: null,
    minScore: null,
    voteThreshold: null,
    history: [],
    moneyMultiple: null,
    ...extra,
  };
}

export function profileWith(
  awards: readonly AwardRule[],
  extra: Partial<RuleProfile> = {}
): RuleProfile {
  return { ...NATIONAL_2025_PROFILE, awards, ...extra };
}
