import fc from "fast-check";
import { rank } from "../../src/functions/functions";

/**
 * Excel's documented RANK.EQ(number, ref, 0): 1 + how many numbers in ref are greater than
 * number; blanks, text and logical values in ref are ignored. Written out the naive way, apart
 * from the code under test.
 */
function rankEqByTheBook(value: number, ref: readonly unknown[]): number {
  return 1 + ref.filter((other) => typeof other === "number" && other > value).length;
}

/** Scores with many ties, some decimals, and cells RANK.EQ ignores. */
const cell = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 12 }) },
  { weight: 2, arbitrary: fc.constantFrom(95.5, 95.25, 0.1, -3) },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constantFrom("abc", "") }
);

describe("THIDUA.RANK against RANK.EQ", () => {
  test("equals RANK.EQ(x, range, 0) for every number in a random column with ties", () => {
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 60 }), (values) => {
        const result = rank(values.map((value) => [value]));
        values.forEach((value, index) => {
          const [got] = result[index]!;
          if (typeof value === "number") expect(got).toBe(rankEqByTheBook(value, values));
          else if (value === null || value === "") expect(got).toBe("");
          else expect(got).toBeInstanceOf(CustomFunctions.Error);
        });
      }),
      { numRuns: 300 }
    );
  });

  test("equals RANK.EQ over a block of several rows and columns, keeping its shape", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }).chain((width) =>
          fc.array(
            fc.array(fc.integer({ min: 0, max: 5 }), { minLength: width, maxLength: width }),
            {
              minLength: 1,
              maxLength: 6,
            }
          )
        ),
        (block) => {
          const flat = block.flat();
          const expected = block.map((row) => row.map((value) => rankEqByTheBook(value, flat)));
          expect(rank(block)).toEqual(expected);
        }
      )
    );
  });

  test("with tie-breaks, ranks 1 + the number of rows better in (score, tie-break…) order", () => {
    const row = fc.tuple(
      fc.integer({ min: 0, max: 4 }),
      fc.integer({ min: 0, max: 2 }),
      fc.integer({ min: -1, max: 1 })
    );
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 40 }), (rows) => {
        const better = (a: readonly number[], b: readonly number[]) => {
          const index = a.findIndex((value, key) => value !== b[key]);
          return index >= 0 && a[index]! > b[index]!;
        };
        const expected = rows.map((mine) => [
          1 + rows.filter((other) => better(other, mine)).length,
        ]);
        const ranges = [0, 1, 2].map((key) => rows.map((values) => [values[key]]));
        expect(rank(ranges[0]!, ranges.slice(1))).toEqual(expected);
      })
    );
  });
});
