import { CellLooks } from "../../../src/hosts/xlsx/cellLooks";
import { documentContent } from "../../../src/hosts/xlsx/worksheetContent";
import { worksheetXml } from "../../../src/hosts/xlsx/worksheetXml";
import { childElements, findElement } from "../../../src/hosts/xlsx/xmlTags";
import { specFixture } from "../specFixture";

function cellsOf(xml: string): Map<string, string> {
  const data = findElement(xml, "sheetData")!;
  const cells = new Map<string, string>();
  for (const row of childElements(xml, data, "row")) {
    for (const cell of childElements(xml, row, "c")) {
      cells.set(cell.tag.attributes.get("r")!, xml.slice(cell.tag.start, cell.end));
    }
  }
  return cells;
}

describe("worksheetXml", () => {
  it("writes the worksheet's parts in the order SpreadsheetML sets", () => {
    const xml = worksheetXml(documentContent(specFixture()), new CellLooks(), 5);
    const root = findElement(xml, "worksheet")!;

    expect(childElements(xml, root).map((child) => child.tag.localName)).toEqual([
      "sheetPr",
      "dimension",
      "cols",
      "sheetData",
      "mergeCells",
      "pageMargins",
      "pageSetup",
      "headerFooter",
    ]);
    expect(findElement(xml, "dimension")!.tag.attributes.get("ref")).toBe("A1:C5");
  });

  it("writes text as inline strings, numbers and booleans as values, each with its format", () => {
    const looks = new CellLooks();
    const spec = specFixture({
      rows: [
        [
          { value: "=1+1" },
          { value: 985.5, style: { bold: true } },
          { value: true },
          { value: " a " },
        ],
      ],
      merges: [],
    });
    const cells = cellsOf(worksheetXml(documentContent(spec), looks, 7));

    expect(cells.get("A1")).toBe('<c r="A1" s="7" t="inlineStr"><is><t>=1+1</t></is></c>');
    expect(cells.get("B1")).toBe('<c r="B1" s="8"><v>985.5</v></c>');
    expect(cells.get("C1")).toBe('<c r="C1" s="7" t="b"><v>1</v></c>');
    expect(cells.get("D1")).toContain('<t xml:space="preserve"> a </t>');
    expect(looks.looks).toHaveLength(2);
  });

  it("gives every cell of a merged area its top-left cell's format, so borders go all round", () => {
    const looks = new CellLooks();
    const spec = specFixture({
      rows: [[{ value: "Tiêu đề", style: { border: true } }]],
      merges: [{ top: 1, left: 1, bottom: 2, right: 2 }],
    });
    const cells = cellsOf(worksheetXml(documentContent(spec), looks, 0));

    expect([...cells.keys()]).toEqual(["A1", "B1", "A2", "B2"]);
    expect(cells.get("B2")).toBe('<c r="B2" s="0"/>');
  });

  it("leaves out a merge of a single cell", () => {
    const spec = specFixture({
      rows: [[{ value: 1 }]],
      merges: [{ top: 1, left: 1, bottom: 1, right: 1 }],
    });

    expect(worksheetXml(documentContent(spec), new CellLooks(), 0)).not.toContain("mergeCell");
  });

  it("writes row heights, even of rows without cells, and the column widths", () => {
    const spec = specFixture({ rows: [[{ value: 1 }]], merges: [], rowHeights: { 3: 45.5 } });
    const xml = worksheetXml(documentContent(spec), new CellLooks(), 0);

    expect(xml).toContain('<row r="3" ht="45.5" customHeight="1"/>');
    expect(xml).toContain('<col min="2" max="2" width="40" customWidth="1"/>');
  });

  it("starts a row the document leaves automatic at one line of its largest text, not fixed", () => {
    const spec = specFixture({
      rows: [[{ value: "a" }, { value: "b", style: { fontSize: 16 } }]],
      merges: [],
      rowHeights: {},
    });
    const xml = worksheetXml(documentContent(spec), new CellLooks(), 0);

    expect(xml).toContain('<row r="1" ht="21.25">');
  });

  it("writes A4, the margins in inches, fit to one page wide and the centred footer", () => {
    const xml = worksheetXml(documentContent(specFixture()), new CellLooks(), 0);

    expect(xml).toContain('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
    expect(xml).toContain(
      '<pageMargins left="1.1811" right="0.5906" top="0.7874" bottom="0.7874" header="0.3" footer="0.3"/>'
    );
    expect(xml).toContain(
      '<pageSetup paperSize="9" orientation="portrait" fitToWidth="1" fitToHeight="0"/>'
    );
    expect(xml).toContain(
      '<oddFooter>&amp;C&amp;"Times New Roman,Regular"Trang &amp;P/&amp;N</oddFooter>'
    );
  });

  it("writes no print layout for a sheet that is not printed, and an empty sheet's data", () => {
    const xml = worksheetXml(
      { ...documentContent(specFixture({ rows: [], merges: [], rowHeights: {} })), page: null },
      new CellLooks(),
      0
    );

    expect(xml).toContain('<dimension ref="A1"/>');
    expect(xml).toContain("<sheetData/>");
    expect(xml).not.toContain("pageSetup");
  });
});
