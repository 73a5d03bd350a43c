import { computeTotal, type ComputeTotalArgs } from "../../../src/core/scoring";

function total(args: ComputeTotalArgs): number {
  const outcome = computeTotal(args);
  if (!outcome.ok) throw new Error(`expected a total, got: ${outcome.error.en}`);
  return outcome.value;
}

function failureOf(args: ComputeTotalArgs): { vi: string; en: string } {
  const outcome = computeTotal(args);
  if (outcome.ok) throw new Error(`expected a failure, got ${outcome.value}`);
  return outcome.error;
}

describe("computeTotal", () => {
  test("is the points alone when there is no bonus or deduction", () => {
    expect(total({ points: 95.5 })).toBe(95.5);
  });

  test("adds the bonus and subtracts the deduction", () => {
    expect(total({ points: 90, bonus: 3, deduction: 2 })).toBe(91);
  });

  test("caps the bonus and the deduction", () => {
    expect(total({ points: 90, bonus: 8, bonusCap: 5 })).toBe(95);
    expect(total({ points: 90, deduction: 15, deductionCap: 10 })).toBe(80);
    expect(total({ points: 90, bonus: 2, bonusCap: 5, deduction: 1, deductionCap: 10 })).toBe(91);
  });

  test("treats a null cap as no cap", () => {
    expect(
      total({ points: 90, bonus: 20, bonusCap: null, deduction: 30, deductionCap: null })
    ).toBe(80);
  });

  test("allows a total below 0 when deductions exceed the points", () => {
    expect(total({ points: 5, deduction: 8 })).toBe(-3);
  });

  test("accepts points equal to the maximum, and above it only by float noise", () => {
    expect(total({ points: 100, maxPoints: 100 })).toBe(100);
    expect(total({ points: 0.1 + 0.2, maxPoints: 0.3 })).toBeCloseTo(0.3);
  });

  test("fails on points above the maximum, in both languages with the right decimal mark", () => {
    expect(failureOf({ points: 100.5, maxPoints: 100 })).toEqual({
      vi: "Điểm (points) 100,5 vượt điểm chuẩn (maxPoints) 100.",
      en: "points 100.5 is above maxPoints 100.",
    });
  });

  test.each<[string, ComputeTotalArgs]>([
    ["bonus", { points: 90, bonus: -1 }],
    ["deduction", { points: 90, deduction: -2 }],
    ["points", { points: -1 }],
    ["bonusCap", { points: 90, bonusCap: -5 }],
    ["deductionCap", { points: 90, deductionCap: NaN }],
    ["maxPoints", { points: 90, maxPoints: -100 }],
  ])("fails on a negative or non-number %s, naming it", (name, args) => {
    const error = failureOf(args);
    expect(error.en).toMatch(new RegExp(`^${name} must be a number of at least 0, got `));
    expect(error.vi).toContain(`(${name})`);
  });
});
