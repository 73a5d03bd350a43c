import type { RuleProfile } from "../../../src/core/profile/types";

/** A small profile for the sheet-reading tests: three awards, a 1000-point scale. */
export const TEST_PROFILE: RuleProfile = {
  schemaVersion: 1,
  id: "test",
  name: { vi: "Thử", en: "Test" },
  basis: { vi: "", en: "" },
  scoring: {
    maxTotal: 1000,
    countingScore: "bloc",
    bonusCap: null,
    deductionCap: null,
    aboveMaximum: "clamp",
    pointsMethod: "proportional",
    completionCap: 1,
  },
  grades: { excellent: 900, good: 800, pass: 500 },
  ranking: { tieBreaks: [] },
  ballot: { threshold: 0.5, base: "present", quorum: 0, strictlyAbove: false },
  awards: [
    award("governmentFlag", "Cờ thi đua của Chính phủ", "Government emulation flag"),
    award("provincialFlag", "Cờ thi đua của Ủy ban nhân dân tỉnh", "Provincial emulation flag"),
    award(
      "provincialMerit",
      "Bằng khen của Chủ tịch UBND tỉnh",
      "Certificate of merit of the provincial People's Committee"
    ),
  ],
  blocking: { disciplineAtLeast: 1, investigationBlocks: true, complaintBlocks: true },
  rotation: {
    mode: "highestNotRecent",
    lookbackYears: 3,
    chooseDeputy: true,
    excludeBlocked: true,
  },
};

function award(id: string, vi: string, en: string): RuleProfile["awards"][number] {
  return {
    id,
    name: { vi, en },
    quota: { kind: "unlimited" },
    bestRank: null,
    minGrade: null,
    minScore: null,
    voteThreshold: 0.5,
    history: [],
    moneyMultiple: null,
  };
}
