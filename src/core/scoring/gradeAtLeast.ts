import type { GradeId } from "../profile/types";

/** True when `grade` is `minimum` or a higher grade (excellent > good > pass > fail). */
export function gradeAtLeast(grade: GradeId, minimum: GradeId): boolean {
  return standing(grade) <= standing(minimum);
}

/**
 * A grade's place in `GRADE_ORDER`, 0 for the highest. A switch rather than a search of the list:
 * a nomination checks a grade for every unit and award.
 */
function standing(grade: GradeId): number {
  switch (grade) {
    case "excellent":
      return 0;
    case "good":
      return 1;
    case "pass":
      return 2;
    default:
      return 3;
  }
}
