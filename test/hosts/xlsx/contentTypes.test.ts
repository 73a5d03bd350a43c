import { editContentTypes } from "../../../src/hosts/xlsx/contentTypes";

const TYPES =
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/xl/calcChain.xml" ContentType="calc"/>' +
  '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="sheet"/>' +
  "</Types>";

describe("editContentTypes", () => {
  it("adds an override per new part and drops the removed parts' overrides", () => {
    const xml = editContentTypes(
      TYPES,
      new Map([["xl/worksheets/sheet2.xml", "worksheet"]]),
      new Set(["xl/calcChain.xml"])
    );

    expect(xml).not.toContain("calcChain");
    expect(xml).toContain('<Override PartName="/xl/worksheets/sheet1.xml" ContentType="sheet"/>');
    expect(xml).toContain(
      '<Override PartName="/xl/worksheets/sheet2.xml" ContentType="worksheet"/></Types>'
    );
  });

  it("gives a part that already had an override exactly one", () => {
    const xml = editContentTypes(
      TYPES,
      new Map([["XL/worksheets/sheet1.xml", "worksheet"]]),
      new Set()
    );

    expect(xml.match(/sheet1\.xml/gi)).toHaveLength(1);
  });
});
