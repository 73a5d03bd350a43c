import type { Localized } from "../../core/localized";

const LABELS: Readonly<Record<string, Localized>> = {
  stt: { vi: "STT", en: "No." },
  name: { vi: "Tên đơn vị", en: "Unit name" },
  unit: { vi: "Đơn vị", en: "Unit" },
  shortName: { vi: "Tên viết tắt", en: "Short name" },
  rotationOrder: { vi: "Thứ tự luân phiên", en: "Rotation order" },
  womenShare: { vi: "Tỷ lệ nữ", en: "Share of women" },
  headName: { vi: "Người đứng đầu", en: "Head's name" },
  headTitle: { vi: "Chức vụ người đứng đầu", en: "Head's title" },
  bloc: { vi: "Khối", en: "Bloc" },
  notes: { vi: "Ghi chú", en: "Notes" },
  criterion: { vi: "Nội dung, tiêu chí", en: "Criterion" },
  maxPoints: { vi: "Điểm chuẩn", en: "Max points" },
  target: { vi: "Chỉ tiêu", en: "Target" },
  actual: { vi: "Thực hiện", en: "Actual" },
  self: { vi: "Tự chấm", en: "Self score" },
  blocScore: { vi: "Khối chấm", en: "Bloc score" },
  bonus: { vi: "Điểm thưởng", en: "Bonus" },
  deduction: { vi: "Điểm trừ", en: "Deduction" },
  total: { vi: "Tổng điểm", en: "Total" },
  rank: { vi: "Xếp hạng", en: "Rank" },
  grade: { vi: "Xếp loại", en: "Grade" },
  award: { vi: "Hình thức khen thưởng", en: "Award" },
  inFavour: { vi: "Số phiếu đồng ý", en: "Votes in favour" },
  ballotsIssued: { vi: "Số phiếu phát ra", en: "Ballots issued" },
  ballotsValid: { vi: "Số phiếu hợp lệ", en: "Valid ballots" },
  membersPresent: { vi: "Số thành viên có mặt", en: "Members present" },
  membersTotal: { vi: "Tổng số thành viên", en: "Members in total" },
  discipline: { vi: "Mức kỷ luật", en: "Discipline level" },
  investigation: { vi: "Đang bị điều tra, thanh tra", en: "Under investigation" },
  complaint: { vi: "Có khiếu nại, tố cáo", en: "Pending complaint" },
  year: { vi: "Năm", en: "Year" },
  leader: { vi: "Khối trưởng", en: "Bloc leader" },
  deputy: { vi: "Khối phó", en: "Deputy" },
};

/** The name of a table field (a `tableKindDefinition` field id) as the pane shows it. */
export function fieldLabel(field: string): Localized {
  return LABELS[field] ?? { vi: field, en: field };
}
