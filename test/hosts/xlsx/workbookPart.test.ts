import { definedNames, editWorkbook, workbookSheets } from "../../../src/hosts/xlsx/workbookPart";
import { PackageError } from "../../../src/hosts/xlsx/packageError";
import { childElements, findElement } from "../../../src/hosts/xlsx/xmlTags";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const PREFIXED =
  `<x:workbook xmlns:x="${MAIN}" xmlns:rel="${RELATIONSHIPS}">` +
  '<x:bookViews><x:workbookView activeTab="1"/></x:bookViews>' +
  '<x:sheets><x:sheet name="Đơn vị &amp; điểm" sheetId="3" rel:id="rId7"/><x:sheet name="Phiếu" sheetId="9" rel:id="rId2" state="hidden"/></x:sheets>' +
  '<x:definedNames><x:definedName name="_xlnm.Print_Titles" localSheetId="1">Phiếu!$1:$2</x:definedName>' +
  "<x:definedName name=\"Tong\">SUM('Đơn vị &amp; điểm'!$C:$C)</x:definedName></x:definedNames>" +
  '<x:calcPr calcId="191029"/></x:workbook>';

describe("workbookSheets and definedNames", () => {
  it("reads sheets and names whatever the prefixes", () => {
    expect(workbookSheets(PREFIXED)).toEqual([
      { name: "Đơn vị & điểm", sheetId: 3, relationshipId: "rId7" },
      { name: "Phiếu", sheetId: 9, relationshipId: "rId2" },
    ]);
    expect(definedNames(PREFIXED)).toEqual([
      { name: "_xlnm.Print_Titles", localSheetId: 1, text: "Phiếu!$1:$2" },
      { name: "Tong", text: "SUM('Đơn vị & điểm'!$C:$C)" },
    ]);
  });

  it("throws a PackageError for a workbook part without sheets", () => {
    expect(() => workbookSheets(`<workbook xmlns="${MAIN}"/>`)).toThrow(PackageError);
  });
});

describe("editWorkbook", () => {
  it("adds sheets with the workbook's prefixes, and names after the others, keeping the rest", () => {
    const xml = editWorkbook(PREFIXED, {
      addSheets: [{ name: "Tổng hợp <2025>", sheetId: 10, relationshipId: "rId8" }],
      removeName: (name) => name.name === "_xlnm.Print_Titles",
      addNames: [{ name: "ThiDua_Sheet_scoreSummary_2025", text: "'Tổng hợp <2025>'!$A$1" }],
    });

    expect(workbookSheets(xml).map((sheet) => sheet.name)).toEqual([
      "Đơn vị & điểm",
      "Phiếu",
      "Tổng hợp <2025>",
    ]);
    expect(xml).toContain('<x:sheet name="Tổng hợp &lt;2025&gt;" sheetId="10" rel:id="rId8"/>');
    expect(definedNames(xml)).toEqual([
      { name: "Tong", text: "SUM('Đơn vị & điểm'!$C:$C)" },
      { name: "ThiDua_Sheet_scoreSummary_2025", text: "'Tổng hợp <2025>'!$A$1" },
    ]);
    expect(xml).toContain('<x:workbookView activeTab="1"/>');
    expect(xml).toContain('state="hidden"');
    expect(xml.endsWith('<x:calcPr calcId="191029"/></x:workbook>')).toBe(true);
  });

  it("puts a new definedNames section after the sheets and before the calculation settings", () => {
    const xml = editWorkbook(
      `<workbook xmlns="${MAIN}"><sheets><sheet name="A" sheetId="1" xmlns:r="${RELATIONSHIPS}" r:id="rId1"/></sheets><externalReferences/><calcPr/></workbook>`,
      { addSheets: [], removeName: () => false, addNames: [{ name: "n", text: "A!$A$1" }] }
    );
    const root = findElement(xml, "workbook")!;

    expect(childElements(xml, root).map((child) => child.tag.localName)).toEqual([
      "sheets",
      "externalReferences",
      "definedNames",
      "calcPr",
    ]);
  });

  it("puts it before calculation settings that follow the sheets directly", () => {
    const xml = editWorkbook(`<workbook xmlns="${MAIN}"><sheets/><calcPr/><extLst/></workbook>`, {
      addSheets: [],
      removeName: () => false,
      addNames: [{ name: "n", text: "A!$A$1" }],
    });
    const root = findElement(xml, "workbook")!;

    expect(childElements(xml, root).map((child) => child.tag.localName)).toEqual([
      "sheets",
      "definedNames",
      "calcPr",
      "extLst",
    ]);
  });

  it("declares the relationships namespace on a new sheet when the workbook binds none", () => {
    const xml = editWorkbook(`<workbook xmlns="${MAIN}"><sheets/></workbook>`, {
      addSheets: [{ name: "A", sheetId: 1, relationshipId: "rId3" }],
      removeName: () => false,
      addNames: [],
    });

    expect(xml).toContain(`<sheet name="A" sheetId="1" xmlns:r="${RELATIONSHIPS}" r:id="rId3"/>`);
    expect(workbookSheets(xml)).toEqual([{ name: "A", sheetId: 1, relationshipId: "rId3" }]);
  });

  it("drops a definedNames section left empty", () => {
    const xml = editWorkbook(PREFIXED, { addSheets: [], removeName: () => true, addNames: [] });

    expect(xml).not.toContain("definedNames");
  });
});
