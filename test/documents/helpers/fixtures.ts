/**
 * Small hand-made engine results for the document tests: the seed's six units for 2018 (SPEC §7)
 * with their decisions, and a variant where two units tie.
 */
import { localized } from "../../../src/core/localized";
import type { BlocInput, UnitInput } from "../../../src/core/model";
import { SEED_BLOC_2018_PROFILE } from "../../../src/core/profile/presets";
import type { RuleProfile } from "../../../src/core/profile/types";
import type {
  AwardReason,
  BallotOutcome,
  BlocResult,
  Nomination,
  UnitResult,
} from "../../../src/core/result";
import type { DocumentMeta } from "../../../src/documents/documentMeta";

export const PROFILE: RuleProfile = SEED_BLOC_2018_PROFILE;
export const GOVERNMENT_FLAG = "co-chinh-phu";
export const PROVINCIAL_FLAG = "co-tinh";
export const CERTIFICATE = "bang-khen-tinh";

export function documentMeta(overrides: Partial<DocumentMeta> = {}): DocumentMeta {
  return {
    agency: "Khối thi đua các tổ chức chính trị - xã hội tỉnh",
    place: "Bắc Ninh",
    date: { day: 5, month: 12, year: 2018 },
    number: "01/TTr-KTĐ",
    signerName: "Nguyễn Thị Hoa",
    signerTitle: "Khối trưởng",
    signerCapacity: "TM. Khối thi đua",
    language: "vi",
    ...overrides,
  };
}

interface UnitRow {
  readonly id: string;
  readonly name: string;
  readonly self: number | null;
  readonly bloc: number | null;
  readonly bonus: number;
  readonly deduction: number;
  readonly rank: number;
  readonly tied?: boolean;
}

const SEED_ROWS: readonly UnitRow[] = [
  {
    id: "hlhpn",
    name: "Hội Liên hiệp Phụ nữ tỉnh",
    self: 990,
    bloc: 980.5,
    bonus: 10,
    deduction: 5,
    rank: 1,
  },
  {
    id: "ldld",
    name: "Liên đoàn Lao động tỉnh",
    self: 975,
    bloc: 970,
    bonus: 5,
    deduction: 3,
    rank: 2,
  },
  {
    id: "mttq",
    name: "Ủy ban MTTQ Việt Nam tỉnh",
    self: 965,
    bloc: 961,
    bonus: 0,
    deduction: 0,
    rank: 3,
  },
  { id: "tinh-doan", name: "Tỉnh đoàn", self: 960, bloc: 955.5, bonus: 0, deduction: 0, rank: 4 },
  { id: "hnd", name: "Hội Nông dân tỉnh", self: null, bloc: 948, bonus: 0, deduction: 0, rank: 5 },
  {
    id: "hccb",
    name: "Hội Cựu chiến binh tỉnh",
    self: 945,
    bloc: 940,
    bonus: 0,
    deduction: 0,
    rank: 6,
  },
];

function unitResult(row: UnitRow): UnitResult {
  const points = row.bloc ?? 0;
  return {
    unitId: row.id,
    name: row.name,
    selfPoints: row.self,
    blocPoints: row.bloc,
    points,
    bonus: row.bonus,
    deduction: row.deduction,
    total: points + row.bonus - row.deduction,
    groupPoints: {},
    rank: row.rank,
    tied: row.tied ?? false,
    grade: "excellent",
  };
}

function unanimous(unitId: string, awardId: string): BallotOutcome {
  return { unitId, awardId, votes: 6, base: 6, share: 1, quorumMet: true, passed: true };
}

const NOT_LEADING = localized(
  "Không phải đơn vị dẫn đầu Khối (hạng 1)",
  "not the bloc's leading unit (1st)"
);
const NOT_SECOND = localized("Xếp hạng thấp hơn hạng 2", "ranked below 2nd");

function proposed(awardId: string, rank: number, total: string, totalEn: string): AwardReason {
  return {
    awardId,
    outcome: "proposed",
    message: localized(
      `Hạng ${rank}/6, ${total} điểm, 6/6 phiếu (100%)`,
      `${rank} of 6, ${totalEn} points, 6/6 votes (100%)`
    ),
  };
}

export function seedInput(overrides: { names?: Readonly<Record<string, string>> } = {}): BlocInput {
  const units: UnitInput[] = SEED_ROWS.map((row) => ({
    id: row.id,
    name: overrides.names?.[row.id] ?? row.name,
    ...(row.id === "hlhpn" ? { headName: "Nguyễn Thị Hoa", headTitle: "Chủ tịch" } : {}),
  }));
  return {
    year: 2018,
    blocName: "Khối thi đua MTTQ và các tổ chức chính trị - xã hội tỉnh",
    units,
    criteria: [],
    scores: [],
    votes: [],
    conditions: [],
    awardHistory: [],
    leaderHistory: [
      { year: 2017, leaderUnitId: "mttq" },
      { year: 2018, leaderUnitId: "ldld", deputyUnitId: "hlhpn" },
    ],
  };
}

/** The seed's 2018 decisions: flags to the first two units, certificates to the other four, Hội LHPN leads in 2019. */
export function seedResult(
  overrides: { names?: Readonly<Record<string, string>> } = {}
): BlocResult {
  const rows = SEED_ROWS.map((row) => ({ ...row, name: overrides.names?.[row.id] ?? row.name }));
  const units = rows.map(unitResult);
  const nominations: Nomination[] = rows.map((row) => {
    if (row.rank === 1)
      return {
        unitId: row.id,
        awardId: GOVERNMENT_FLAG,
        reasons: [proposed(GOVERNMENT_FLAG, 1, "985,5", "985.5")],
      };
    if (row.rank === 2) {
      return {
        unitId: row.id,
        awardId: PROVINCIAL_FLAG,
        reasons: [
          { awardId: GOVERNMENT_FLAG, outcome: "notEligible", message: NOT_LEADING },
          proposed(PROVINCIAL_FLAG, 2, "972", "972"),
        ],
      };
    }
    return {
      unitId: row.id,
      awardId: CERTIFICATE,
      reasons: [
        { awardId: GOVERNMENT_FLAG, outcome: "notEligible", message: NOT_LEADING },
        { awardId: PROVINCIAL_FLAG, outcome: "notEligible", message: NOT_SECOND },
        proposed(CERTIFICATE, row.rank, "9xx", "9xx"),
      ],
    };
  });
  const ballots = nominations.map((nomination) =>
    unanimous(nomination.unitId, nomination.awardId ?? CERTIFICATE)
  );
  return {
    year: 2018,
    blocName: "Khối thi đua MTTQ và các tổ chức chính trị - xã hội tỉnh",
    units,
    ballots,
    nominations,
    rotation: {
      year: 2019,
      leaderUnitId: "hlhpn",
      deputyUnitId: null,
      reasons: [
        localized(
          "Quy tắc: Khối trưởng là đơn vị xếp hạng cao nhất chưa làm Khối trưởng trong năm 2018",
          "Rule: the bloc leader is the highest-ranked unit that did not lead in 2018"
        ),
        localized(
          "Khối trưởng 2018: Liên đoàn Lao động tỉnh",
          "Leader in 2018: Liên đoàn Lao động tỉnh"
        ),
        localized(
          "Đề xuất Hội Liên hiệp Phụ nữ tỉnh (hạng 1) làm Khối trưởng năm 2019",
          "Proposed: Hội Liên hiệp Phụ nữ tỉnh (ranked 1st) as bloc leader for 2019"
        ),
      ],
      alternatives: rows
        .filter((row) => row.id !== "hlhpn")
        .map((row) => ({
          unitId: row.id,
          reason:
            row.id === "ldld"
              ? localized("Đã làm Khối trưởng năm 2018", "led in 2018")
              : localized(`Xếp hạng thấp hơn (hạng ${row.rank})`, `ranked lower (${row.rank}th)`),
        })),
      tiedUnitIds: [],
    },
    problems: [],
    blocked: false,
  };
}

/**
 * Liên đoàn Lao động tỉnh and Ủy ban MTTQ tie for rank 2: the provincial flag (one place) is left
 * to the chair, and the same two tie for next year's leader.
 */
export function tiedResult(): BlocResult {
  const base = seedResult();
  const units = base.units.map((unit) =>
    unit.unitId === "ldld" || unit.unitId === "mttq"
      ? { ...unit, rank: 2, tied: true, total: 970 }
      : unit
  );
  const tiedReason = (other: string): AwardReason => ({
    awardId: PROVINCIAL_FLAG,
    outcome: "tiedAtQuota",
    message: localized(
      `Đồng hạng 2 với ${other} khi chỉ còn 1 suất: chủ trì hội nghị quyết định`,
      `tied for rank 2 with ${other} for 1 remaining place: the chair decides`
    ),
  });
  const nominations = base.nominations.map((nomination): Nomination => {
    if (nomination.unitId === "ldld" || nomination.unitId === "mttq") {
      const other =
        nomination.unitId === "ldld" ? "Ủy ban MTTQ Việt Nam tỉnh" : "Liên đoàn Lao động tỉnh";
      return {
        unitId: nomination.unitId,
        awardId: null,
        reasons: [
          { awardId: GOVERNMENT_FLAG, outcome: "notEligible", message: NOT_LEADING },
          tiedReason(other),
        ],
      };
    }
    return nomination;
  });
  return {
    ...base,
    units,
    nominations,
    rotation: {
      year: 2019,
      leaderUnitId: null,
      deputyUnitId: null,
      reasons: [
        localized(
          "Đồng hạng 2: Liên đoàn Lao động tỉnh, Ủy ban MTTQ Việt Nam tỉnh; hội nghị quyết định Khối trưởng năm 2019",
          "Tied for rank 2: Liên đoàn Lao động tỉnh, Ủy ban MTTQ Việt Nam tỉnh; the meeting decides the bloc leader for 2019"
        ),
      ],
      alternatives: [
        { unitId: "hlhpn", reason: localized("Đã làm Khối trưởng năm 2018", "led in 2018") },
        {
          unitId: "tinh-doan",
          reason: localized("Xếp hạng thấp hơn (hạng 4)", "ranked lower (4th)"),
        },
      ],
      tiedUnitIds: ["ldld", "mttq"],
    },
  };
}
