import type { Localized } from "../localized";
import type { GradeId } from "../profile/types";

const LABELS: Readonly<Record<GradeId, Localized>> = {
  excellent: { vi: "Hoàn thành xuất sắc nhiệm vụ", en: "Outstanding completion of duties" },
  good: { vi: "Hoàn thành tốt nhiệm vụ", en: "Good completion of duties" },
  pass: { vi: "Hoàn thành nhiệm vụ", en: "Completion of duties" },
  fail: { vi: "Không hoàn thành nhiệm vụ", en: "Non-completion of duties" },
};

/** The grade's name as printed on the score summary, in Vietnamese and English. */
export function gradeLabel(grade: GradeId): Localized {
  return LABELS[grade];
}
