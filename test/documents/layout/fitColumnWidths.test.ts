import fc from "fast-check";
import { fitColumnWidths } from "../../../src/documents/layout/fitColumnWidths";
import { columnsPixels, printableWidthPixels } from "../../../src/documents/layout/pageGeometry";

describe("fitColumnWidths", () => {
  it("fills an A4 portrait page's printable width (165 mm) without exceeding it", () => {
    const widths = fitColumnWidths([4, 26, 20, 36]);
    const printable = printableWidthPixels();
    expect(printable).toBeCloseTo(623.6, 1);
    expect(columnsPixels(widths)).toBeLessThanOrEqual(printable);
    expect(columnsPixels(widths)).toBeGreaterThan(printable - 4 * 7);
  });

  it("keeps the weights' proportions", () => {
    const [narrow = 0, wide = 0] = fitColumnWidths([10, 30]);
    expect(wide / narrow).toBeCloseTo(3, 1);
  });

  it("gives widths in halves of a character", () => {
    for (const width of fitColumnWidths([3.3, 17.1, 9.7]))
      expect(width * 2).toBe(Math.round(width * 2));
  });

  it("treats negative weights as zero and all-zero weights as no width", () => {
    expect(fitColumnWidths([0, 0])).toEqual([0, 0]);
    expect(fitColumnWidths([-5, 10])[0]).toBe(0);
  });

  it("never exceeds the page for any weights", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.5, max: 100, noNaN: true }), { minLength: 1, maxLength: 12 }),
        (weights) => {
          expect(columnsPixels(fitColumnWidths(weights))).toBeLessThanOrEqual(
            printableWidthPixels() + 1e-9
          );
        }
      )
    );
  });
});
