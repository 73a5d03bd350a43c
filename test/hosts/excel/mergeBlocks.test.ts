import { mergeBlocks } from "../../../src/hosts/excel/mergeBlocks";

describe("mergeBlocks", () => {
  test("merges one-row areas over the same columns in consecutive rows in one call across", () => {
    expect(
      mergeBlocks([
        { top: 5, left: 2, bottom: 5, right: 3 },
        { top: 4, left: 2, bottom: 4, right: 3 },
        { top: 6, left: 2, bottom: 6, right: 3 },
      ])
    ).toEqual([{ top: 4, left: 2, bottom: 6, right: 3, across: true }]);
  });

  test("keeps areas apart when rows are not consecutive or columns differ", () => {
    expect(
      mergeBlocks([
        { top: 1, left: 1, bottom: 1, right: 4 },
        { top: 3, left: 1, bottom: 3, right: 4 },
        { top: 4, left: 1, bottom: 4, right: 3 },
      ])
    ).toEqual([
      { top: 4, left: 1, bottom: 4, right: 3, across: false },
      { top: 1, left: 1, bottom: 1, right: 4, across: false },
      { top: 3, left: 1, bottom: 3, right: 4, across: false },
    ]);
  });

  test("merges an area of several rows whole", () => {
    expect(mergeBlocks([{ top: 2, left: 1, bottom: 4, right: 1 }])).toEqual([
      { top: 2, left: 1, bottom: 4, right: 1, across: false },
    ]);
  });

  test("gives nothing for no merges", () => {
    expect(mergeBlocks([])).toEqual([]);
  });
});
