import { localized } from "../../localized";
import type { RuleProfile } from "../types";

/**
 * The current national frame: Law 06/2022/QH15 and Decree 152/2025/NĐ-CP (SPEC §2).
 *
 * Choices where the national texts leave the rule to the province, each configurable:
 * - 100-point pledge, bonus capped at 5 and deductions at 10 (typical provincial values);
 * - the ballot follows the pattern of Decree 98/2023 Art. 30(7): 80% of all members for a flag,
 *   with two thirds of the members present;
 * - both flags need the bloc's leading unit (Art. 25: the Government flag is chosen among the units
 *   that lead a bloc; Art. 26: the provincial flag goes to the unit that leads the bloc). Art. 5
 *   allows one award per unit, so a leading unit proposed for the Government flag is not also
 *   proposed for the provincial flag. No earlier award is required: Art. 25 asks for leadership
 *   of the bloc this year, not a provincial flag before;
 * - certificates of merit are not capped (no national quota; a province that caps them sets a
 *   percentage) and need "Hoàn thành xuất sắc nhiệm vụ" and half of all members' votes;
 * - "Tập thể lao động xuất sắc" is left out: it is conferred by each agency's own head, not
 *   proposed by the bloc's ballot. The award list is editable.
 */
export const NATIONAL_2025_PROFILE: RuleProfile = {
  schemaVersion: 1,
  id: "national-2025",
  name: localized(
    "Khung quốc gia: Luật Thi đua, khen thưởng 2022 và Nghị định 152/2025/NĐ-CP",
    "National frame: Law on Emulation and Commendation 2022 and Decree 152/2025/NĐ-CP"
  ),
  basis: localized(
    "Luật Thi đua, khen thưởng số 06/2022/QH15 (Điều 5, 25, 26); Nghị định số 152/2025/NĐ-CP " +
      "(Điều 4 khoản 4 và 6, Điều 50); ngưỡng phiếu theo Điều 30 khoản 7 Nghị định số 98/2023/NĐ-CP; " +
      "trần điểm thưởng 5, điểm trừ 10 là mức phổ biến của các tỉnh, điều chỉnh theo quy định của tỉnh.",
    "Law on Emulation and Commendation No. 06/2022/QH15 (Art. 5, 25, 26); Decree No. 152/2025/NĐ-CP " +
      "(Art. 4(4) and 4(6), Art. 50); ballot threshold after Decree No. 98/2023/NĐ-CP Art. 30(7); " +
      "bonus cap 5 and deduction cap 10 are common provincial values, to be set by the province's rules."
  ),
  scoring: {
    maxTotal: 100,
    countingScore: "bloc",
    bonusCap: 5,
    deductionCap: 10,
    aboveMaximum: "clamp",
    pointsMethod: "proportional",
    completionCap: 1.2,
  },
  grades: { excellent: 90, good: 80, pass: 50 },
  ranking: {
    tieBreaks: [
      { kind: "womenShare", atLeast: 0.7 },
      { kind: "moreBonus" },
      { kind: "fewerDeductions" },
      { kind: "moreVotes" },
    ],
  },
  ballot: { threshold: 0.8, base: "total", quorum: 2 / 3, strictlyAbove: false },
  awards: [
    {
      id: "co-chinh-phu",
      name: localized("Cờ thi đua của Chính phủ", "Government emulation flag"),
      quota: { kind: "count", count: 1 },
      bestRank: 1,
      minGrade: "excellent",
      minScore: null,
      voteThreshold: 0.8,
      history: [],
      moneyMultiple: 12,
    },
    {
      id: "co-tinh",
      name: localized(
        "Cờ thi đua của Ủy ban nhân dân tỉnh",
        "Emulation flag of the provincial People's Committee"
      ),
      quota: { kind: "count", count: 1 },
      bestRank: 1,
      minGrade: "excellent",
      minScore: null,
      voteThreshold: 0.8,
      history: [],
      moneyMultiple: 8,
    },
    {
      id: "bang-khen-tinh",
      name: localized(
        "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
        "Certificate of merit of the Chairman of the provincial People's Committee"
      ),
      quota: { kind: "unlimited" },
      bestRank: null,
      minGrade: "excellent",
      minScore: null,
      voteThreshold: 0.5,
      history: [],
      moneyMultiple: null,
    },
  ],
  blocking: { disciplineAtLeast: 1, investigationBlocks: true, complaintBlocks: true },
  rotation: {
    mode: "highestNotRecent",
    lookbackYears: 3,
    chooseDeputy: true,
    excludeBlocked: true,
  },
};
