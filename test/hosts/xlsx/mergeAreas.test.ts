import ExcelJS from "exceljs";
import { mergeAreas } from "../../../src/hosts/xlsx/mergeAreas";
import { mergedRanges } from "../../../src/hosts/xlsx/mergedRanges";

const AREAS = [
  { top: 1, left: 1, bottom: 1, right: 3 },
  { top: 2, left: 1, bottom: 4, right: 1 },
  { top: 3, left: 2, bottom: 3, right: 4 },
];

function sheetMergedByExceljs(): ExcelJS.Worksheet {
  const worksheet = new ExcelJS.Workbook().addWorksheet("Mẫu");
  for (const area of AREAS) worksheet.mergeCells(area.top, area.left, area.bottom, area.right);
  return worksheet;
}

describe("mergeAreas", () => {
  it("merges as exceljs does, the index in the same order", () => {
    const worksheet = new ExcelJS.Workbook().addWorksheet("Gộp");
    worksheet.getCell("A1").style = { font: { bold: true } };

    mergeAreas(worksheet, AREAS);

    expect(mergedRanges(worksheet)).toEqual(["A1:C1", "A2:A4", "B3:D3"]);
    expect(worksheet.model.merges).toEqual(sheetMergedByExceljs().model.merges);
    expect(worksheet.getCell("C1").isMerged).toBe(true);
    expect(worksheet.getCell("C1").master.address).toBe("A1");
    expect(worksheet.getCell("C1").font).toEqual({ bold: true });
  });

  it("lets exceljs unmerge an area it made", () => {
    const worksheet = new ExcelJS.Workbook().addWorksheet("Gộp");
    mergeAreas(worksheet, AREAS);

    worksheet.unMergeCells("A2:A4");

    expect(mergedRanges(worksheet)).toEqual(["A1:C1", "B3:D3"]);
    expect(worksheet.getCell("A3").isMerged).toBe(false);
  });

  it("keeps the merges a sheet already has", () => {
    const worksheet = new ExcelJS.Workbook().addWorksheet("Gộp");
    worksheet.mergeCells("F1:G1");

    mergeAreas(worksheet, AREAS);

    expect(mergedRanges(worksheet)).toEqual(["F1:G1", "A1:C1", "A2:A4", "B3:D3"]);
  });

  it("merges nothing for no areas", () => {
    const worksheet = new ExcelJS.Workbook().addWorksheet("Trống");
    mergeAreas(worksheet, []);
    expect(mergedRanges(worksheet)).toEqual([]);
  });
});
