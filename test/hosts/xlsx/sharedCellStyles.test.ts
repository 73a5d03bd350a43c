import { sharedCellStyles } from "../../../src/hosts/xlsx/sharedCellStyles";

describe("sharedCellStyles", () => {
  it("gives one object to cells that look the same", () => {
    const styleOf = sharedCellStyles("Times New Roman");

    const first = styleOf({ bold: true, border: true }, "Hội Nông dân");
    const second = styleOf({ border: true, bold: true }, "Đoàn Thanh niên");

    expect(second).toBe(first);
  });

  it("keeps numbers and text apart, since exceljs gives only numbers the General format", () => {
    const styleOf = sharedCellStyles("Times New Roman");

    expect(styleOf({ border: true }, 95.5)).not.toBe(styleOf({ border: true }, "95,5"));
    expect(styleOf({ border: true }, 95.5)).toEqual(styleOf({ border: true }, "95,5"));
  });

  it("keeps numbers and text apart even when they come with the same style object", () => {
    const styleOf = sharedCellStyles("Times New Roman");
    const look = { border: true, horizontal: "right" as const };

    const number = styleOf(look, 3);
    const text = styleOf(look, "ba");

    expect(number).not.toBe(text);
    expect(styleOf(look, 4)).toBe(number);
    expect(styleOf({ ...look }, 5)).toBe(number);
  });

  it("tells apart styles that differ in any one property", () => {
    const styleOf = sharedCellStyles("Times New Roman");
    const looks = [
      undefined,
      {},
      { bold: true },
      { italic: true },
      { underline: true },
      { fontSize: 14 },
      { horizontal: "center" as const },
      { vertical: "top" as const },
      { wrap: true },
      { border: true },
      { numberFormat: "0.0" },
    ];

    const objects = new Set(looks.map((look) => styleOf(look, "x")));

    // A cell without a style and one with an empty style look the same.
    expect(objects.size).toBe(looks.length - 1);
  });

  it("writes the font, emphasis, alignment, thin borders and number format", () => {
    const styleOf = sharedCellStyles("Times New Roman");

    expect(
      styleOf(
        {
          bold: true,
          italic: true,
          fontSize: 14,
          horizontal: "center",
          vertical: "middle",
          wrap: true,
          border: true,
          numberFormat: "0.0",
        },
        7
      )
    ).toEqual({
      font: { name: "Times New Roman", size: 14, bold: true, italic: true },
      alignment: { horizontal: "center", vertical: "middle", wrapText: true },
      border: {
        top: { style: "thin" },
        left: { style: "thin" },
        bottom: { style: "thin" },
        right: { style: "thin" },
      },
      numFmt: "0.0",
    });
  });

  it("gives a cell without a style the body font at 13 points and nothing else", () => {
    const styleOf = sharedCellStyles("Times New Roman");

    expect(styleOf(undefined, "x")).toEqual({ font: { name: "Times New Roman", size: 13 } });
    expect(styleOf({ bold: false, wrap: false }, "x")).toEqual({
      font: { name: "Times New Roman", size: 13 },
    });
  });
});
