import fc from "fast-check";
import { roundScore } from "../../../src/core/scoring";

describe("roundScore", () => {
  test("makes float noise from sums compare equal", () => {
    expect(roundScore(0.1 + 0.2)).toBe(roundScore(0.3));
    expect(roundScore(985.4999999999999)).toBe(roundScore(985.5));
    expect(roundScore(150 * 0.7)).toBe(roundScore(105));
  });

  test("keeps scores that differ in a real decimal apart", () => {
    expect(roundScore(985.5)).toBeLessThan(roundScore(985.51));
    expect(roundScore(0.001)).toBeLessThan(roundScore(0.0011));
    expect(roundScore(1e6)).toBeLessThan(roundScore(1e6 + 0.01));
  });

  test("keeps exact halves and whole numbers unchanged", () => {
    for (const value of [985.5, 100, 0.5, -3, 1000, 2 ** 40]) expect(roundScore(value)).toBe(value);
  });

  test("returns 0, infinities and NaN unchanged", () => {
    expect(roundScore(0)).toBe(0);
    expect(roundScore(Infinity)).toBe(Infinity);
    expect(roundScore(-Infinity)).toBe(-Infinity);
    expect(roundScore(NaN)).toBeNaN();
  });

  test("keeps extreme magnitudes finite and unchanged", () => {
    expect(roundScore(Number.MAX_VALUE)).toBe(Number.MAX_VALUE);
    expect(roundScore(-Number.MAX_VALUE)).toBe(-Number.MAX_VALUE);
    expect(roundScore(Number.MIN_VALUE)).toBe(Number.MIN_VALUE);
    expect(roundScore(1e-300)).toBe(1e-300);
  });

  test("moves a value by at most a billionth of its size", () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }),
        (value) => {
          expect(Math.abs(roundScore(value) - value)).toBeLessThanOrEqual(Math.abs(value) * 1e-9);
        }
      )
    );
  });

  test("never reverses an order", () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, min: -1e9, max: 1e9 }),
        fc.double({ noNaN: true, min: -1e9, max: 1e9 }),
        (a, b) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          expect(roundScore(low)).toBeLessThanOrEqual(roundScore(high));
        }
      )
    );
  });
});

describe("roundScore of whole numbers", () => {
  test("gives each whole number up to 2^30 back as it is, as the rounding would", () => {
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 30), max: 2 ** 30 }), (value) => {
        expect(roundScore(value)).toBe(value);
      })
    );
  });

  test("still rounds the numbers just beside a whole number", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 20 }), (value) => {
        expect(roundScore(value + value * 2 ** -40)).toBe(value);
        expect(roundScore(value + 0.25)).toBe(value + 0.25);
      })
    );
  });
});
