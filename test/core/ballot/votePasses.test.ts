import fc from "fast-check";
import { votePasses } from "../../../src/core/ballot";

describe("votePasses", () => {
  test("passes at the threshold when the threshold itself is enough", () => {
    expect(votePasses(7, 10, 0.7, false)).toBe(true);
    expect(votePasses(4, 5, 0.8, false)).toBe(true);
    expect(votePasses(6, 9, 2 / 3, false)).toBe(true);
  });

  test("fails below the threshold", () => {
    expect(votePasses(6, 10, 0.7, false)).toBe(false);
    expect(votePasses(7, 9, 0.8, false)).toBe(false);
  });

  test("needs more than the threshold when strictly above is asked (more than half)", () => {
    expect(votePasses(5, 10, 0.5, true)).toBe(false);
    expect(votePasses(6, 10, 0.5, true)).toBe(true);
    expect(votePasses(5, 10, 0.5, false)).toBe(true);
  });

  test("passes unanimous ballots at any threshold up to 1", () => {
    expect(votePasses(6, 6, 1, false)).toBe(true);
    expect(votePasses(6, 6, 1, true)).toBe(false);
  });

  test("fails with a base of 0 or a base that is not a positive number", () => {
    expect(votePasses(0, 0, 0, false)).toBe(false);
    expect(votePasses(3, -5, 0.5, false)).toBe(false);
    expect(votePasses(3, NaN, 0.5, false)).toBe(false);
  });

  test("fails with votes that are negative or not a number, or a threshold that is not a number", () => {
    expect(votePasses(-1, 10, 0, false)).toBe(false);
    expect(votePasses(NaN, 10, 0, false)).toBe(false);
    expect(votePasses(10, 10, NaN, false)).toBe(false);
  });

  test("agrees with the exact fraction for any whole counts and decimal thresholds", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200 }),
        fc.nat(),
        fc.integer({ min: 0, max: 100 }),
        fc.boolean(),
        (base, pick, percent, strictlyAbove) => {
          const votes = pick % (base + 1);
          // votes / base vs percent / 100, compared in whole numbers.
          const exact = strictlyAbove
            ? votes * 100 > percent * base
            : votes * 100 >= percent * base;
          expect(votePasses(votes, base, percent / 100, strictlyAbove)).toBe(exact);
        }
      )
    );
  });
});
