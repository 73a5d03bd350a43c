import { GRADE_ORDER } from "../../../src/core/profile/types";
import { gradeAtLeast } from "../../../src/core/scoring";

describe("gradeAtLeast", () => {
  test("accepts the minimum itself", () => {
    for (const grade of GRADE_ORDER) expect(gradeAtLeast(grade, grade)).toBe(true);
  });

  test("accepts a higher grade and refuses a lower one", () => {
    expect(gradeAtLeast("excellent", "good")).toBe(true);
    expect(gradeAtLeast("good", "pass")).toBe(true);
    expect(gradeAtLeast("pass", "excellent")).toBe(false);
    expect(gradeAtLeast("fail", "pass")).toBe(false);
  });

  test("accepts every grade when the minimum is fail, and only excellent when it is excellent", () => {
    expect(GRADE_ORDER.filter((grade) => gradeAtLeast(grade, "fail"))).toEqual(GRADE_ORDER);
    expect(GRADE_ORDER.filter((grade) => gradeAtLeast(grade, "excellent"))).toEqual(["excellent"]);
  });

  test("agrees with the order of GRADE_ORDER for every pair of grades", () => {
    for (const [at, grade] of GRADE_ORDER.entries()) {
      for (const [minimumAt, minimum] of GRADE_ORDER.entries())
        expect(gradeAtLeast(grade, minimum)).toBe(at <= minimumAt);
    }
  });
});
