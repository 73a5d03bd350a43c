import { placeSheets } from "../../../src/hosts/xlsx/placeSheets";
import { sheetDefinedNames } from "../../../src/hosts/xlsx/sheetDefinedNames";
import { documentContent } from "../../../src/hosts/xlsx/worksheetContent";
import { specFixture } from "../specFixture";

const WORKSHEET = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
const sheets = [
  { name: "Đơn vị", sheetId: 1, relationshipId: "rId1" },
  { name: "Tổng hợp điểm 2018", sheetId: 4, relationshipId: "rId2" },
];
const relationships = [
  { id: "rId1", type: WORKSHEET, target: "worksheets/sheet1.xml", external: false },
  { id: "rId2", type: WORKSHEET, target: "/xl/worksheets/sheet2.xml", external: false },
];

describe("placeSheets", () => {
  it("puts a sheet over the one of its name and the others in free parts after them", () => {
    const plan = placeSheets(
      [
        documentContent(specFixture({ name: "Kết quả bỏ phiếu 2018" })),
        documentContent(specFixture({ name: "TỔNG HỢP ĐIỂM 2018" })),
      ],
      "xl/workbook.xml",
      sheets,
      relationships,
      (path) => path === "xl/worksheets/sheet3.xml"
    );

    expect(
      plan.placements.map(({ position, part, replaces }) => [position, part, replaces])
    ).toEqual([
      [2, "xl/worksheets/sheet4.xml", false],
      [1, "xl/worksheets/sheet2.xml", true],
    ]);
    expect(plan.newSheets).toEqual([
      { name: "Kết quả bỏ phiếu 2018", sheetId: 5, relationshipId: "rId3" },
    ]);
    expect(plan.newRelationships).toEqual([
      { id: "rId3", type: WORKSHEET, target: "worksheets/sheet4.xml", external: false },
    ]);
  });
});

describe("sheetDefinedNames", () => {
  it("takes a rewritten sheet's print layout names and mark away, and gives each document its own", () => {
    const plan = placeSheets(
      [
        documentContent(specFixture()),
        documentContent(specFixture({ name: "Tổng hợp điểm 2018 (2)" })),
      ],
      "xl/workbook.xml",
      sheets,
      relationships,
      () => false
    );
    const existing = [
      { name: "_xlnm.Print_Titles", localSheetId: 1, text: "'Tổng hợp điểm 2018'!$2:$2" },
      { name: "_xlnm.Print_Area", localSheetId: 1, text: "'Tổng hợp điểm 2018'!$A$1:$C$9" },
      { name: "_xlnm.Print_Titles", localSheetId: 0, text: "'Đơn vị'!$1:$1" },
      { name: "ThiDua_Sheet_scoreSummary_2018", text: "'Tổng hợp điểm 2018'!$A$1" },
      { name: "thidua_sheet_scoresummary_2018_2", text: "'Ghi chú'!$A$1" },
      { name: "Tong", text: "SUM('Đơn vị'!$C:$C)" },
    ];
    const { removeName, addNames } = sheetDefinedNames(plan.placements, existing);

    expect(existing.map(removeName)).toEqual([true, true, false, true, false, false]);
    expect(addNames).toEqual([
      { name: "_xlnm.Print_Titles", localSheetId: 1, text: "'Tổng hợp điểm 2018'!$3:$3" },
      { name: "ThiDua_Sheet_scoreSummary_2018", text: "'Tổng hợp điểm 2018'!$A$1" },
      { name: "_xlnm.Print_Titles", localSheetId: 2, text: "'Tổng hợp điểm 2018 (2)'!$3:$3" },
      { name: "ThiDua_Sheet_scoreSummary_2018_3", text: "'Tổng hợp điểm 2018 (2)'!$A$1" },
    ]);
  });
});
