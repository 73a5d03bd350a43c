import {
  addinSheetMarkName,
  addinSheetMarkReference,
  isAddinSheetMarkName,
  sheetOfReference,
} from "../../../src/hosts/shared/addinSheetMark";

describe("addinSheetMark", () => {
  it("names a mark after the sheet's kind and year, with a suffix from the second on", () => {
    expect(addinSheetMarkName("scoreSummary", 2018)).toBe("ThiDua_Sheet_scoreSummary_2018");
    expect(addinSheetMarkName("scoreSummary", 2018, 2)).toBe("ThiDua_Sheet_scoreSummary_2018_2");
    expect(isAddinSheetMarkName(addinSheetMarkName("dataCheck", 2019))).toBe(true);
    expect(isAddinSheetMarkName("Print_Area")).toBe(false);
  });

  it("refers to A1 of the sheet and reads the sheet back, quotes included", () => {
    expect(addinSheetMarkReference("Bảng điểm 2018")).toBe("'Bảng điểm 2018'!$A$1");
    expect(sheetOfReference(addinSheetMarkReference("Bảng điểm 2018"))).toBe("Bảng điểm 2018");
    expect(sheetOfReference(addinSheetMarkReference("Năm '18"))).toBe("Năm '18");
    expect(sheetOfReference("=Sheet1!$A$1")).toBe("Sheet1");
  });

  it("finds no sheet in a reference without one", () => {
    expect(sheetOfReference("$A$1")).toBeNull();
    expect(sheetOfReference("#REF!")).toBe("#REF");
  });
});
