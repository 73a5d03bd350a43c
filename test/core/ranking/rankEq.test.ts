import fc from "fast-check";
import { rankEq } from "../../../src/core/ranking";

describe("rankEq", () => {
  test("ranks like Excel's RANK.EQ in descending order, equal values sharing a rank", () => {
    expect(rankEq([985.5, 972, 961, 972, 940])).toEqual([1, 2, 4, 2, 5]);
  });

  test("gives every value rank 1 when all are equal", () => {
    expect(rankEq([7, 7, 7])).toEqual([1, 1, 1]);
  });

  test("gives an empty list for no values", () => {
    expect(rankEq([])).toEqual([]);
  });

  test("handles negative numbers and zero", () => {
    expect(rankEq([0, -1, 3, -1])).toEqual([2, 3, 1, 3]);
  });

  test("compares exactly, as Excel does, without a tolerance", () => {
    expect(rankEq([0.1 + 0.2, 0.3])).toEqual([1, 2]);
  });

  test("gives NaN a rank of NaN and never counts it as greater", () => {
    expect(rankEq([5, NaN, 3])).toEqual([1, NaN, 2]);
  });

  test("is 1 + the number of values strictly greater, for any values", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 }), { maxLength: 40 }), (values) => {
        expect(rankEq(values)).toEqual(values.map((v) => 1 + values.filter((w) => w > v).length));
      })
    );
  });

  test("ranks 100,000 values quickly", () => {
    const values = Array.from({ length: 100_000 }, (_, i) => (i * 7919) % 10_007);
    const start = performance.now();
    const ranks = rankEq(values);
    expect(performance.now() - start).toBeLessThan(2000);
    expect(ranks[values.indexOf(10_006)]).toBe(1);
  });
});
