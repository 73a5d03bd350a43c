import { CellLooks, DEFAULT_FONT_SIZE } from "../../../src/hosts/xlsx/cellLooks";

describe("CellLooks", () => {
  it("numbers each distinct look once, whichever style object carries it", () => {
    const looks = new CellLooks();
    const bold = { bold: true };

    expect(looks.numberOf(bold, "Times New Roman")).toBe(0);
    expect(looks.numberOf({ bold: true }, "Times New Roman")).toBe(0);
    expect(looks.numberOf(bold, "Arial")).toBe(1);
    expect(looks.numberOf(undefined, "Times New Roman")).toBe(2);
    expect(looks.numberOf({}, "Times New Roman")).toBe(2);
    expect(looks.looks[2]).toEqual({
      fontName: "Times New Roman",
      fontSize: DEFAULT_FONT_SIZE,
      bold: false,
      italic: false,
      underline: false,
      horizontal: undefined,
      vertical: undefined,
      wrap: false,
      border: false,
      numberFormat: undefined,
    });
  });
});
