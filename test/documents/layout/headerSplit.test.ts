import { headerSplit } from "../../../src/documents/layout/headerSplit";
import { fitColumnWidths } from "../../../src/documents/layout/fitColumnWidths";

describe("headerSplit", () => {
  it("gives the agency block the columns that leave room for the national title", () => {
    expect(headerSplit(fitColumnWidths([4, 26, 20, 36]))).toBe(2);
  });

  it("takes at least one column even when the right block is narrow", () => {
    expect(headerSplit([4, 80])).toBe(1);
    expect(headerSplit([60, 10, 10])).toBe(1);
  });

  it("never gives every column to the left block", () => {
    expect(headerSplit([1, 1, 1, 1])).toBeLessThan(4);
  });
});
