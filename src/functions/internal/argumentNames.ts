import { localized, type Localized } from "../../core/localized";

/** Each parameter of the THIDUA functions, named in messages as the user sees it in Excel. */
const LABELS = {
  actual: localized("Kết quả thực hiện (actual)", "actual"),
  target: localized("Chỉ tiêu (target)", "target"),
  lower_is_better: localized("Càng thấp càng tốt (lower_is_better)", "lower_is_better"),
  cap: localized("Mức trần (cap)", "cap"),
  max_points: localized("Điểm chuẩn (max_points)", "max_points"),
  method: localized("Cách tính điểm (method)", "method"),
  points: localized("Điểm (points)", "points"),
  bonus: localized("Điểm thưởng (bonus)", "bonus"),
  deduction: localized("Điểm trừ (deduction)", "deduction"),
  bonus_cap: localized("Mức trần điểm thưởng (bonus_cap)", "bonus_cap"),
  deduction_cap: localized("Mức trần điểm trừ (deduction_cap)", "deduction_cap"),
  score: localized("Điểm (score)", "score"),
  thresholds: localized("Ngưỡng xếp loại (thresholds)", "thresholds"),
  scores: localized("Điểm (scores)", "scores"),
  votes: localized("Số phiếu đồng ý (votes)", "votes"),
  base: localized("Số người bỏ phiếu (base)", "base"),
  threshold: localized("Ngưỡng (threshold)", "threshold"),
  units: localized("Đơn vị (units)", "units"),
  voters: localized("Số thành viên bỏ phiếu (voters)", "voters"),
  preset: localized("Bộ quy tắc (preset)", "preset"),
  history_years: localized("Năm (history_years)", "history_years"),
  history_leaders: localized("Khối trưởng các năm (history_leaders)", "history_leaders"),
  year: localized("Năm xét (year)", "year"),
} satisfies Record<string, Localized>;

export type ArgumentName = keyof typeof LABELS | `tiebreak${number}`;

/** "Chỉ tiêu (target)" / "target"; repeated tie-breaks are numbered from 1. */
export function argumentLabel(argument: ArgumentName): Localized {
  if (argument.startsWith("tiebreak")) {
    const number = argument.slice("tiebreak".length);
    return localized(`Tiêu chí phụ ${number} (${argument})`, argument);
  }
  return LABELS[argument as keyof typeof LABELS];
}
