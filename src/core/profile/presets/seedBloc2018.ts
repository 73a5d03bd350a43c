import { localized } from "../../localized";
import type { RuleProfile } from "../types";

/**
 * The seed's 2018 bloc (SPEC §1 point 3, §7): the Fatherland Front and political-social
 * organisations of the province, on a 1,000-point pledge, under the Law on Emulation and
 * Commendation 2003 (amended 2013) and Decree 91/2017/NĐ-CP.
 *
 * In 2018 the Government flag went to the first-ranked unit and the provincial flag to the
 * second, so the provincial flag allows rank 2 here; certificates of merit went to every other
 * unit ("Hoàn thành tốt nhiệm vụ" or better). Ballots pass with more than half of the members
 * present, and the best-ranked unit that did not lead in the review year leads the next one.
 * Award ids are those of the national preset, so history carries over between the two. Reward
 * money is the 2018 scale of Decree 91/2017/NĐ-CP (24.5×, 15.5× and, for a collective's
 * certificate, 2× the base salary), for information only.
 */
export const SEED_BLOC_2018_PROFILE: RuleProfile = {
  schemaVersion: 1,
  id: "seed-bloc-2018",
  name: localized(
    "Khối thi đua MTTQ và các tổ chức chính trị - xã hội tỉnh, năm 2018",
    "Bloc of the provincial Fatherland Front and political-social organisations, 2018"
  ),
  basis: localized(
    "Luật Thi đua, khen thưởng năm 2003 (sửa đổi, bổ sung năm 2005, 2013); Nghị định số 91/2017/NĐ-CP; " +
      "giao ước thi đua năm 2018 của Khối (thang điểm 1.000); biên bản hội nghị tổng kết năm 2018 của Khối.",
    "Law on Emulation and Commendation 2003 (amended 2005, 2013); Decree No. 91/2017/NĐ-CP; " +
      "the bloc's 2018 emulation pledge (1,000-point scale); minutes of the bloc's 2018 review meeting."
  ),
  scoring: {
    maxTotal: 1000,
    countingScore: "bloc",
    bonusCap: 50,
    deductionCap: null,
    aboveMaximum: "clamp",
    pointsMethod: "proportional",
    completionCap: 1.2,
  },
  grades: { excellent: 900, good: 800, pass: 500 },
  ranking: { tieBreaks: [{ kind: "moreBonus" }, { kind: "fewerDeductions" }] },
  ballot: { threshold: 0.5, base: "present", quorum: 2 / 3, strictlyAbove: true },
  awards: [
    {
      id: "co-chinh-phu",
      name: localized("Cờ thi đua của Chính phủ", "Government emulation flag"),
      quota: { kind: "count", count: 1 },
      bestRank: 1,
      minGrade: "excellent",
      minScore: null,
      voteThreshold: 0.5,
      history: [],
      moneyMultiple: 24.5,
    },
    {
      id: "co-tinh",
      name: localized(
        "Cờ thi đua của Ủy ban nhân dân tỉnh",
        "Emulation flag of the provincial People's Committee"
      ),
      quota: { kind: "count", count: 1 },
      bestRank: 2,
      minGrade: "excellent",
      minScore: null,
      voteThreshold: 0.5,
      history: [],
      moneyMultiple: 15.5,
    },
    {
      id: "bang-khen-tinh",
      name: localized(
        "Bằng khen của Ủy ban nhân dân tỉnh",
        "Certificate of merit of the provincial People's Committee"
      ),
      quota: { kind: "unlimited" },
      bestRank: null,
      minGrade: "good",
      minScore: null,
      voteThreshold: 0.5,
      history: [],
      moneyMultiple: 2,
    },
  ],
  blocking: { disciplineAtLeast: 1, investigationBlocks: true, complaintBlocks: true },
  rotation: {
    mode: "highestNotRecent",
    lookbackYears: 1,
    chooseDeputy: false,
    excludeBlocked: true,
  },
};
