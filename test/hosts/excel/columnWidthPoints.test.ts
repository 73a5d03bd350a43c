import { columnWidthPoints } from "../../../src/hosts/excel/columnWidthPoints";

describe("columnWidthPoints", () => {
  test("gives about 5.6 points a character plus 3 of padding", () => {
    expect(columnWidthPoints(20)).toBe(115);
    expect(columnWidthPoints(6)).toBe(36.6);
  });

  test("gives the padding alone for a zero width", () => {
    expect(columnWidthPoints(0)).toBe(3);
  });
});
