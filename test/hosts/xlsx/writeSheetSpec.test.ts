import ExcelJS from "exceljs";
import { writeSheetSpec } from "../../../src/hosts/xlsx/writeSheetSpec";
import { specFixture } from "../specFixture";

describe("writeSheetSpec", () => {
  it("gives cells that look the same one style object, across the sheets of a workbook", () => {
    const workbook = new ExcelJS.Workbook();
    const first = workbook.addWorksheet("Khối 1");
    const second = workbook.addWorksheet("Khối 2");

    writeSheetSpec(first, specFixture({ name: "Khối 1" }));
    writeSheetSpec(second, specFixture({ name: "Khối 2" }));

    expect(second.getCell("A3").style).toBe(first.getCell("A3").style);
    expect(first.getCell("B3").style).toBe(first.getCell("A3").style);
    expect(first.getCell("A4").style).not.toBe(first.getCell("B4").style);
  });

  it("does not share style objects between workbooks", () => {
    const first = new ExcelJS.Workbook().addWorksheet("Khối 1");
    const second = new ExcelJS.Workbook().addWorksheet("Khối 1");

    writeSheetSpec(first, specFixture());
    writeSheetSpec(second, specFixture());

    expect(second.getCell("A3").style).not.toBe(first.getCell("A3").style);
    expect(second.getCell("A3").style).toEqual(first.getCell("A3").style);
  });

  it("writes values, merges, widths, heights and the page layout", () => {
    const worksheet = new ExcelJS.Workbook().addWorksheet("Tổng hợp");

    writeSheetSpec(worksheet, specFixture());

    expect(worksheet.getCell("B4").value).toBe("Hội Liên hiệp Phụ nữ tỉnh");
    expect(worksheet.getCell("C4").numFmt).toBe("0.0");
    expect(worksheet.model.merges).toEqual(["A1:C1"]);
    expect(worksheet.getColumn(2).width).toBe(40);
    expect(worksheet.getRow(1).height).toBe(30);
    expect(worksheet.pageSetup.paperSize).toBe(9);
  });
});
