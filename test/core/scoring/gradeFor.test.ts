import { gradeFor } from "../../../src/core/scoring";

const thresholds = { excellent: 90, good: 70, pass: 50 };

describe("gradeFor", () => {
  test.each([
    [100, "excellent"],
    [90, "excellent"],
    [89.5, "good"],
    [70, "good"],
    [69.99, "pass"],
    [50, "pass"],
    [49.5, "fail"],
    [0, "fail"],
    [-3, "fail"],
  ])("grades a total of %p as %s", (total, grade) => {
    expect(gradeFor(total, thresholds)).toBe(grade);
  });

  test("gives a total that misses a threshold only by float noise the grade", () => {
    const total = [89.7, 0.1, 0.1, 0.1].reduce((sum, points) => sum + points, 0);
    expect(total).toBeLessThan(90);
    expect(gradeFor(total, thresholds)).toBe("excellent");
  });

  test("grades a total that is not a number as fail", () => {
    expect(gradeFor(NaN, thresholds)).toBe("fail");
  });

  test("works on a 1,000-point scale", () => {
    expect(gradeFor(985.5, { excellent: 900, good: 700, pass: 500 })).toBe("excellent");
    expect(gradeFor(650, { excellent: 900, good: 700, pass: 500 })).toBe("pass");
  });
});
