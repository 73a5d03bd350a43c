import { CellLooks } from "../../../src/hosts/xlsx/cellLooks";
import { addCellLooks, nextCellFormat } from "../../../src/hosts/xlsx/stylesheetPatch";
import { childElements, findElement } from "../../../src/hosts/xlsx/xmlTags";

function children(xml: string, section: string): string[] {
  const element = findElement(xml, section)!;
  return childElements(xml, element).map((child) => xml.slice(child.tag.start, child.end));
}

function countOf(xml: string, section: string): string | undefined {
  return findElement(xml, section)!.tag.attributes.get("count");
}

const EXISTING =
  '<?xml version="1.0"?><x:styleSheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<x:numFmts count="1"><x:numFmt numFmtId="170" formatCode="0.0"/></x:numFmts>' +
  '<x:fonts count="1"><x:font><x:sz val="11"/></x:font></x:fonts>' +
  '<x:fills count="2"><x:fill/><x:fill/></x:fills>' +
  '<x:borders count="1"><x:border/></x:borders>' +
  '<x:cellStyleXfs count="1"><x:xf/></x:cellStyleXfs>' +
  '<x:cellXfs count="2"><x:xf/><x:xf/></x:cellXfs>' +
  '<x:dxfs count="1"><x:dxf><x:font><x:b/></x:font></x:dxf></x:dxfs>' +
  "</x:styleSheet>";

describe("addCellLooks", () => {
  const looks = new CellLooks();
  looks.numberOf({ bold: true, border: true, numberFormat: "0.0" }, "Times New Roman");
  looks.numberOf(
    { horizontal: "center", vertical: "middle", wrap: true, numberFormat: "0.00%" },
    "Times New Roman"
  );
  looks.numberOf({ numberFormat: "0%" }, "Times New Roman");

  it("adds formats after the workbook's own, with its prefix, and counts every section again", () => {
    const first = nextCellFormat(EXISTING);
    const { xml, formatOf } = addCellLooks(EXISTING, looks.looks);

    expect(first).toBe(2);
    expect(formatOf).toEqual([2, 3, 4]);
    expect(children(xml, "cellXfs")).toHaveLength(5);
    expect(countOf(xml, "cellXfs")).toBe("5");
    expect(countOf(xml, "fonts")).toBe(String(children(xml, "fonts").length));
    expect(countOf(xml, "borders")).toBe("3");
    // The dxf's font is not one of the workbook's fonts.
    expect(children(xml, "fonts")[0]).toBe('<x:font><x:sz val="11"/></x:font>');
    expect(xml).not.toMatch(/<(?!x:|\?|\/x:)[a-z]/);
  });

  it("reuses the workbook's custom number format of the same code and numbers new ones after", () => {
    const withNew = new CellLooks();
    withNew.numberOf({ numberFormat: "0.0" }, "Times New Roman");
    withNew.numberOf({ numberFormat: '#,##0.0 "điểm"' }, "Times New Roman");
    const { xml } = addCellLooks(EXISTING, withNew.looks);
    const formats = children(xml, "cellXfs").slice(2);

    expect(formats[0]).toContain('numFmtId="170"');
    expect(formats[1]).toContain('numFmtId="171"');
    expect(children(xml, "numFmts")[1]).toBe(
      '<x:numFmt numFmtId="171" formatCode="#,##0.0 &quot;điểm&quot;"/>'
    );
  });

  it("writes the font, border, alignment and built-in number formats of each look", () => {
    const { xml } = addCellLooks(EXISTING, looks.looks);
    const [bold, centred, percent] = children(xml, "cellXfs").slice(2);
    const fonts = children(xml, "fonts");
    const fontOf = (format: string) => fonts[Number(/fontId="(\d+)"/.exec(format)![1])];

    expect(fontOf(bold!)).toBe(
      '<x:font><x:b/><x:sz val="13"/><x:name val="Times New Roman"/><x:family val="1"/></x:font>'
    );
    expect(bold).toContain('borderId="2"');
    expect(centred).toContain('numFmtId="10"');
    expect(centred).toContain('<x:alignment horizontal="center" vertical="center" wrapText="1"/>');
    expect(percent).toContain('numFmtId="9"');
    expect(children(xml, "borders")[2]).toBe(
      '<x:border><x:left style="thin"/><x:right style="thin"/><x:top style="thin"/><x:bottom style="thin"/><x:diagonal/></x:border>'
    );
  });

  it("makes the sections a bare stylesheet lacks, in the schema's order", () => {
    const bare =
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dxfs count="0"/></styleSheet>';
    const { xml, formatOf } = addCellLooks(bare, looks.looks);
    const root = findElement(xml, "styleSheet")!;

    expect(childElements(xml, root).map((child) => child.tag.localName)).toEqual([
      "numFmts",
      "fonts",
      "fills",
      "borders",
      "cellStyleXfs",
      "cellXfs",
      "dxfs",
    ]);
    expect(formatOf[0]).toBe(nextCellFormat(bare));
  });

  it("builds a whole stylesheet when the workbook has none", () => {
    const { xml, formatOf } = addCellLooks(null, looks.looks);

    expect(formatOf).toEqual([1, 2, 3]);
    expect(findElement(xml, "cellStyles")).not.toBeNull();
  });
});
