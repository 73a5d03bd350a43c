/**
 * A small hand-made rule profile for unit tests: a 100-point pledge, the bloc's score counts,
 * bonus capped at 5 and deductions at 10, scores above the maximum clamped, grades at 90/70/50,
 * majority of members present with no quorum, one voted award. Override any part.
 */
import type {
  BallotRules,
  GradeThresholds,
  RuleProfile,
  ScoringRules,
} from "../../../src/core/profile/types";

export interface TestProfileOverrides {
  readonly scoring?: Partial<ScoringRules>;
  readonly grades?: Partial<GradeThresholds>;
  readonly ballot?: Partial<BallotRules>;
  readonly tieBreaks?: RuleProfile["ranking"]["tieBreaks"];
}

export function testProfile(overrides: TestProfileOverrides = {}): RuleProfile {
  return {
    schemaVersion: 1,
    id: "test",
    name: { vi: "Bộ quy tắc thử", en: "Test rules" },
    basis: { vi: "Dùng cho kiểm thử", en: "For tests" },
    scoring: {
      maxTotal: 100,
      countingScore: "bloc",
      bonusCap: 5,
      deductionCap: 10,
      aboveMaximum: "clamp",
      pointsMethod: "proportional",
      completionCap: 1.2,
      ...overrides.scoring,
    },
    grades: { excellent: 90, good: 70, pass: 50, ...overrides.grades },
    ranking: { tieBreaks: overrides.tieBreaks ?? [] },
    ballot: {
      threshold: 0.5,
      base: "present",
      quorum: 0,
      strictlyAbove: true,
      ...overrides.ballot,
    },
    awards: [
      {
        id: "flag",
        name: { vi: "Cờ thi đua", en: "Emulation flag" },
        quota: { kind: "count", count: 1 },
        bestRank: 1,
        minGrade: "excellent",
        minScore: null,
        voteThreshold: 0.8,
        history: [],
        moneyMultiple: null,
      },
    ],
    blocking: { disciplineAtLeast: 1, investigationBlocks: true, complaintBlocks: true },
    rotation: {
      mode: "highestNotRecent",
      lookbackYears: 3,
      chooseDeputy: false,
      excludeBlocked: true,
    },
  };
}
