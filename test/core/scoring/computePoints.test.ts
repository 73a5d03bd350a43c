import { computePoints, type ComputePointsArgs } from "../../../src/core/scoring";
import type { PointsMethod } from "../../../src/core/profile/types";

const base: ComputePointsArgs = {
  actual: 450,
  target: 500,
  maxPoints: 150,
  method: "proportional",
  cap: 1.2,
  lowerIsBetter: false,
};

function points(overrides: Partial<ComputePointsArgs>): number {
  const outcome = computePoints({ ...base, ...overrides });
  if (!outcome.ok) throw new Error(`expected points, got: ${outcome.error.en}`);
  return outcome.value;
}

describe("computePoints", () => {
  describe("proportional", () => {
    test("gives the maximum times the completion", () => {
      expect(points({ actual: 450 })).toBeCloseTo(135);
      expect(points({ actual: 0 })).toBe(0);
    });

    test("never gives more than the maximum", () => {
      expect(points({ actual: 1000 })).toBe(150);
    });

    test("inverts the completion when lower is better", () => {
      expect(points({ actual: 4, target: 2, lowerIsBetter: true, maxPoints: 10 })).toBe(5);
      expect(points({ actual: 0, target: 2, lowerIsBetter: true, maxPoints: 10 })).toBe(10);
    });
  });

  describe("capped", () => {
    test("gives full points only at the cap", () => {
      expect(points({ method: "capped", actual: 600 })).toBeCloseTo(150);
      expect(points({ method: "capped", actual: 900 })).toBeCloseTo(150);
    });

    test("scales the completion by the cap below it", () => {
      expect(points({ method: "capped", actual: 500 })).toBeCloseTo(125);
      expect(points({ method: "capped", actual: 300, cap: 2, maxPoints: 100 })).toBeCloseTo(30);
    });

    test("gives full points to a lower-is-better target beaten with 0", () => {
      expect(
        points({ method: "capped", actual: 0, target: 3, lowerIsBetter: true, maxPoints: 20 })
      ).toBe(20);
    });
  });

  describe("allOrNothing", () => {
    test("gives the maximum when the target is met and 0 when it is not", () => {
      expect(points({ method: "allOrNothing", actual: 500 })).toBe(150);
      expect(points({ method: "allOrNothing", actual: 700 })).toBe(150);
      expect(points({ method: "allOrNothing", actual: 499 })).toBe(0);
    });

    test("counts a target met up to float noise as met", () => {
      expect(
        points({ method: "allOrNothing", actual: 0.3, target: 0.1 + 0.2, maxPoints: 10 })
      ).toBe(10);
    });

    test("works when lower is better", () => {
      expect(
        points({ method: "allOrNothing", actual: 3, target: 3, lowerIsBetter: true, maxPoints: 10 })
      ).toBe(10);
      expect(
        points({ method: "allOrNothing", actual: 4, target: 3, lowerIsBetter: true, maxPoints: 10 })
      ).toBe(0);
    });
  });

  test("gives 0 points for a maximum of 0", () => {
    expect(points({ maxPoints: 0 })).toBe(0);
  });

  test.each([-1, NaN])("fails on a maximum of %p, naming it", (maxPoints) => {
    const outcome = computePoints({ ...base, maxPoints });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.error.en).toContain("maxPoints must be a number of at least 0");
      expect(outcome.error.vi).toContain("Điểm chuẩn (maxPoints)");
    }
  });

  test("passes on the completion's failure, such as a target of 0", () => {
    const outcome = computePoints({ ...base, target: 0 });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error.en).toContain("target must be a positive number");
  });

  test("fails on a cap below 1 whatever the method", () => {
    expect(computePoints({ ...base, cap: 0.9 }).ok).toBe(false);
    expect(computePoints({ ...base, method: "capped", cap: 0.9 }).ok).toBe(false);
  });

  test("fails on an unknown method, listing the known ones", () => {
    const outcome = computePoints({ ...base, method: "linear" as PointsMethod });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.error.en).toBe(
        'method "linear" is unknown; use proportional, capped or allOrNothing.'
      );
      expect(outcome.error.vi).toContain('"linear"');
    }
  });
});
