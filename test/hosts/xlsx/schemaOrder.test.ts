import ExcelJS from "exceljs";
import { configurationContent } from "../../../src/hosts/xlsx/configurationContent";
import { OfficePackage } from "../../../src/hosts/xlsx/officePackage";
import { documentContent } from "../../../src/hosts/xlsx/worksheetContent";
import { writeWorksheets } from "../../../src/hosts/xlsx/writeWorksheets";
import { writeZip } from "../../../src/hosts/xlsx/writeZip";
import { textEntry } from "../../../src/hosts/xlsx/zipData";
import { childElements, findElement } from "../../../src/hosts/xlsx/xmlTags";
import { specFixture } from "../specFixture";

// The child sequences of ECMA-376 Part 1 (SpreadsheetML) that Excel enforces: an element out of
// order makes Excel "repair" the file. Written out here, apart from the code under test.
const WORKBOOK_ORDER = [
  "fileVersion",
  "fileSharing",
  "workbookPr",
  "AlternateContent",
  "revisionPtr",
  "workbookProtection",
  "bookViews",
  "sheets",
  "functionGroups",
  "externalReferences",
  "definedNames",
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];
const STYLESHEET_ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
];
const WORKSHEET_ORDER = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
];

const MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';

/** A workbook as Excel saves one: markup compatibility blocks, revision pointers, extensions. */
const EXCEL_PARTS: Record<string, string> = {
  "[Content_Types].xml":
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
  "_rels/.rels":
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  "xl/workbook.xml":
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook ${MAIN} ${R} ${MC} mc:Ignorable="x15 xr" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision">` +
    '<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27425"/><workbookPr defaultThemeVersion="166925"/>' +
    '<mc:AlternateContent><mc:Choice Requires="x15"><x15ac:absPath xmlns:x15ac="http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac" url="C:\\Users\\thuky\\"/></mc:Choice></mc:AlternateContent>' +
    '<xr:revisionPtr revIDLastSave="0" documentId="8_{0}"/><bookViews><workbookView xWindow="-120" yWindow="-120" windowWidth="29040" windowHeight="15840"/></bookViews>' +
    '<sheets><sheet name="Đơn vị" sheetId="1" r:id="rId1"/></sheets><calcPr calcId="191029"/>' +
    '<extLst><ext uri="{140A7094-0E35-4892-8432-C4D2E57EDEB5}"><x15:workbookPr chartTrackingRefBase="1"/></ext></extLst></workbook>',
  "xl/_rels/workbook.xml.rels":
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
  "xl/styles.xml":
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet ${MAIN} ${MC} mc:Ignorable="x14ac" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">` +
    '<fonts count="1" x14ac:knownFonts="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>' +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
    '<extLst><ext uri="{EB79DEF2-80B8-43e5-95BD-54CBDDF9020C}"><x14:slicerStyles xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" defaultSlicerStyle="SlicerStyleLight1"/></ext></extLst></styleSheet>',
  "xl/worksheets/sheet1.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${MAIN} ${R}><dimension ref="A1"/><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>`,
};

function childOrder(xml: string, root: string): string[] {
  return childElements(xml, findElement(xml, root)!).map((child) => child.tag.localName);
}

function inSchemaOrder(children: readonly string[], order: readonly string[]): boolean {
  const positions = children.map((name) => order.indexOf(name));
  return positions.every(
    (position, index) => position >= 0 && (index === 0 || position >= positions[index - 1]!)
  );
}

describe("the parts written follow SpreadsheetML's element order", () => {
  let pack: OfficePackage;
  let bytes: Uint8Array;
  beforeAll(async () => {
    const source = writeZip(
      await Promise.all(Object.entries(EXCEL_PARTS).map(([name, text]) => textEntry(name, text)))
    );
    bytes = await writeWorksheets(source, [
      documentContent(specFixture()),
      configurationContent('{"a":1}'),
    ]);
    pack = OfficePackage.read(bytes);
  });

  it("in the workbook, defined names between the sheets and the calculation settings", async () => {
    const order = childOrder((await pack.text("xl/workbook.xml"))!, "workbook");

    expect(order).toContain("definedNames");
    expect({ order, ok: inSchemaOrder(order, WORKBOOK_ORDER) }).toEqual({ order, ok: true });
  });

  it("in the stylesheet, every section where the schema puts it", async () => {
    const order = childOrder((await pack.text("xl/styles.xml"))!, "styleSheet");

    expect(order).toContain("numFmts");
    expect({ order, ok: inSchemaOrder(order, STYLESHEET_ORDER) }).toEqual({ order, ok: true });
  });

  it("in each new worksheet", async () => {
    for (const part of ["xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml"]) {
      const order = childOrder((await pack.text(part))!, "worksheet");
      expect({ part, ok: inSchemaOrder(order, WORKSHEET_ORDER) }).toEqual({ part, ok: true });
    }
  });

  it("and exceljs reads the result", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);

    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      "Đơn vị",
      "Tổng hợp điểm 2018",
      "ThiDua_CauHinh",
    ]);
  });
});
