import { a1Range } from "../../../src/hosts/xlsx/a1Range";

describe("a1Range", () => {
  it("reads a range, with or without dollar signs, whatever the corner order", () => {
    expect(a1Range("B3:D7")).toEqual({ top: 3, left: 2, bottom: 7, right: 4 });
    expect(a1Range("$AA$10:$B$2")).toEqual({ top: 2, left: 2, bottom: 10, right: 27 });
  });

  it("reads one cell as a one-cell range", () => {
    expect(a1Range("C5")).toEqual({ top: 5, left: 3, bottom: 5, right: 3 });
  });

  it("gives null for text that is not an A1 reference", () => {
    expect(a1Range("Sheet1!A1")).toBeNull();
    expect(a1Range("R1C1")).toBeNull();
    expect(a1Range("")).toBeNull();
  });
});
