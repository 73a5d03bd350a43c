import { GRADE_ORDER } from "../../../src/core/profile/types";
import { gradeLabel, parseGrade } from "../../../src/core/scoring";

describe("gradeLabel", () => {
  test("names the four grades as the law does, and in English", () => {
    expect(GRADE_ORDER.map(gradeLabel)).toEqual([
      { vi: "Hoàn thành xuất sắc nhiệm vụ", en: "Outstanding completion of duties" },
      { vi: "Hoàn thành tốt nhiệm vụ", en: "Good completion of duties" },
      { vi: "Hoàn thành nhiệm vụ", en: "Completion of duties" },
      { vi: "Không hoàn thành nhiệm vụ", en: "Non-completion of duties" },
    ]);
  });

  test("gives labels that parseGrade reads back, in both languages", () => {
    for (const grade of GRADE_ORDER) {
      expect(parseGrade(gradeLabel(grade).vi)).toBe(grade);
      expect(parseGrade(gradeLabel(grade).en)).toBe(grade);
    }
  });
});
