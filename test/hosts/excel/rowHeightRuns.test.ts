import { rowHeightRuns } from "../../../src/hosts/excel/rowHeightRuns";

describe("rowHeightRuns", () => {
  test("joins consecutive rows of one height, in row order", () => {
    expect(rowHeightRuns({ 5: 20, 1: 30, 3: 20, 4: 20, 6: 48 })).toEqual([
      { first: 1, last: 1, points: 30 },
      { first: 3, last: 5, points: 20 },
      { first: 6, last: 6, points: 48 },
    ]);
  });

  test("leaves heights that are not positive finite numbers to Excel", () => {
    expect(rowHeightRuns({ 1: 0, 2: -5, 3: Number.NaN, 4: Infinity, 0: 20 })).toEqual([]);
  });
});
