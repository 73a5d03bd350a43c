import { GRADE_ORDER, type GradeId } from "../profile/types";

/** True when `grade` is `minimum` or a higher grade (excellent > good > pass > fail). */
export function gradeAtLeast(grade: GradeId, minimum: GradeId): boolean {
  return GRADE_ORDER.indexOf(grade) <= GRADE_ORDER.indexOf(minimum);
}
