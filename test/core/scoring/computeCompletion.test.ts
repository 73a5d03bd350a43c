import fc from "fast-check";
import { computeCompletion } from "../../../src/core/scoring";

function valueOf(outcome: ReturnType<typeof computeCompletion>): number {
  if (!outcome.ok) throw new Error(`expected a value, got: ${outcome.error.en}`);
  return outcome.value;
}

describe("computeCompletion", () => {
  test("divides the actual value by the target", () => {
    expect(valueOf(computeCompletion(450, 500))).toBeCloseTo(0.9);
    expect(valueOf(computeCompletion(600, 500))).toBeCloseTo(1.2);
    expect(valueOf(computeCompletion(0, 500))).toBe(0);
  });

  test("inverts the ratio when lower is better", () => {
    expect(valueOf(computeCompletion(4, 2, true))).toBe(0.5);
    expect(valueOf(computeCompletion(1, 2, true))).toBe(2);
  });

  test("clamps the ratio to the cap", () => {
    expect(valueOf(computeCompletion(900, 500, false, 1.2))).toBe(1.2);
    expect(valueOf(computeCompletion(450, 500, false, 1.2))).toBeCloseTo(0.9);
    expect(valueOf(computeCompletion(1, 10, true, 1.5))).toBe(1.5);
  });

  test("gives the cap when lower is better and the actual value is 0", () => {
    expect(computeCompletion(0, 3, true, 1.2)).toEqual({ ok: true, value: 1.2 });
    expect(computeCompletion(0, 3, true, 1)).toEqual({ ok: true, value: 1 });
  });

  test("asks for a cap when lower is better, the actual value is 0 and there is no cap", () => {
    const outcome = computeCompletion(0, 3, true);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.error.vi).toContain("mức trần (cap)");
      expect(outcome.error.en).toContain("give a cap");
    }
  });

  test.each([
    [0, "0"],
    [-5, "-5"],
    [NaN, "not a number"],
    [Infinity, "infinity"],
  ])("fails on a target of %p, naming the target", (target, shown) => {
    const outcome = computeCompletion(10, target);
    expect(outcome).toEqual({
      ok: false,
      error: expect.objectContaining({
        en: expect.stringContaining(`target must be a positive number, got ${shown}`),
      }),
    });
    if (!outcome.ok) expect(outcome.error.vi).toContain("Chỉ tiêu (target)");
  });

  test("fails on a negative actual value, naming it with a decimal comma in Vietnamese", () => {
    const outcome = computeCompletion(-2.5, 10);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.error.vi).toBe("Kết quả thực hiện (actual) không được âm, nhận được -2,5.");
      expect(outcome.error.en).toBe("actual must not be negative, got -2.5.");
    }
  });

  test("fails on an actual value that is not a number", () => {
    const outcome = computeCompletion(NaN, 10);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error.en).toBe("actual must be a number, got not a number.");
  });

  test.each([0.5, 0, -1, NaN])("fails on a cap of %p, naming the cap", (cap) => {
    const outcome = computeCompletion(10, 10, false, cap);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.error.en).toContain("cap must be a number of at least 1");
      expect(outcome.error.vi).toContain("Mức trần (cap)");
    }
  });

  test("never exceeds the cap and is never negative, for any valid input", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 1e-3, max: 1e6, noNaN: true }),
        fc.boolean(),
        fc.double({ min: 1, max: 10, noNaN: true }),
        (actual, target, lowerIsBetter, cap) => {
          const value = valueOf(computeCompletion(actual, target, lowerIsBetter, cap));
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(cap);
        }
      )
    );
  });
});
