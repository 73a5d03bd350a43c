import ExcelJS from "exceljs";
import { mergedRanges } from "../../../src/hosts/xlsx/mergedRanges";

describe("mergedRanges", () => {
  it("lists a sheet's merged areas as exceljs's model does, in the same order", () => {
    const worksheet = new ExcelJS.Workbook().addWorksheet("Khối 1");
    worksheet.getCell("A1").value = "DANH SÁCH";
    worksheet.mergeCells("A1:C1");
    worksheet.mergeCells(3, 2, 4, 3);
    worksheet.mergeCells("E7:E9");

    expect(mergedRanges(worksheet)).toEqual(["A1:C1", "B3:C4", "E7:E9"]);
    expect(mergedRanges(worksheet)).toEqual(worksheet.model.merges);
  });

  it("forgets an area once it is unmerged", () => {
    const worksheet = new ExcelJS.Workbook().addWorksheet("Khối 1");
    worksheet.mergeCells("A1:C1");
    worksheet.mergeCells("A2:B2");
    worksheet.unMergeCells("A1");

    expect(mergedRanges(worksheet)).toEqual(["A2:B2"]);
  });

  it("falls back to the model when exceljs keeps no merge index", () => {
    const worksheet = { model: { merges: ["A1:D1"] } } as unknown as ExcelJS.Worksheet;

    expect(mergedRanges(worksheet)).toEqual(["A1:D1"]);
  });

  it("gives nothing for a sheet without merges", () => {
    expect(mergedRanges(new ExcelJS.Workbook().addWorksheet("Trống"))).toEqual([]);
  });
});
