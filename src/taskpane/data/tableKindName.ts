import type { Localized } from "../../core/localized";
import type { TableKind } from "../../sheets";

const NAMES: Readonly<Record<TableKind, Localized>> = {
  units: { vi: "Danh sách đơn vị", en: "Units" },
  scores: { vi: "Bảng chấm điểm", en: "Scoring table" },
  votes: { vi: "Kết quả bỏ phiếu", en: "Votes" },
  conditions: {
    vi: "Điều kiện (kỷ luật, thanh tra, khiếu nại)",
    en: "Conditions (discipline, investigation, complaint)",
  },
  awardHistory: { vi: "Lịch sử khen thưởng", en: "Award history" },
  leaderHistory: { vi: "Lịch sử Khối trưởng", en: "Leader history" },
};

/** What a kind of table is called in the pane. */
export function tableKindName(kind: TableKind): Localized {
  return NAMES[kind];
}
