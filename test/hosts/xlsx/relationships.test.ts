import {
  isRelationshipType,
  readRelationships,
  withoutRelationships,
  withRelationships,
} from "../../../src/hosts/xlsx/relationships";
import { relationshipsPathOf, resolveTarget, targetOf } from "../../../src/hosts/xlsx/partPaths";

const RELS =
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
  '<Relationship Id="rId2" Type="http://x/hyperlink" Target="https://example.com" TargetMode="External"/>' +
  "</Relationships>";

describe("relationships", () => {
  it("reads ids, types, targets and external links", () => {
    expect(readRelationships(RELS)).toEqual([
      {
        id: "rId1",
        type: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
        target: "worksheets/sheet1.xml",
        external: false,
      },
      { id: "rId2", type: "http://x/hyperlink", target: "https://example.com", external: true },
    ]);
    expect(isRelationshipType(readRelationships(RELS)[0]!.type, "worksheet")).toBe(true);
  });

  it("adds relationships at the end, and makes a part for a workbook that had none", () => {
    const added = [{ id: "rId3", type: "t", target: "styles.xml" }];

    expect(readRelationships(withRelationships(RELS, added)).map((r) => r.id)).toEqual([
      "rId1",
      "rId2",
      "rId3",
    ]);
    expect(readRelationships(withRelationships(null, added))).toEqual([
      { ...added[0], external: false },
    ]);
  });

  it("removes relationships by id", () => {
    expect(
      readRelationships(withoutRelationships(RELS, new Set(["rId1"]))).map((r) => r.id)
    ).toEqual(["rId2"]);
  });
});

describe("part paths", () => {
  it("resolves relative and absolute targets", () => {
    expect(resolveTarget("xl/workbook.xml", "worksheets/sheet1.xml")).toBe(
      "xl/worksheets/sheet1.xml"
    );
    expect(resolveTarget("xl/workbook.xml", "/xl/styles.xml")).toBe("xl/styles.xml");
    expect(resolveTarget("xl/worksheets/sheet1.xml", "../drawings/d1.xml")).toBe(
      "xl/drawings/d1.xml"
    );
    expect(resolveTarget("", "xl/workbook.xml")).toBe("xl/workbook.xml");
  });

  it("names a part's relationships part and a target to a part", () => {
    expect(relationshipsPathOf("xl/workbook.xml")).toBe("xl/_rels/workbook.xml.rels");
    expect(relationshipsPathOf("")).toBe("_rels/.rels");
    expect(targetOf("xl/workbook.xml", "xl/worksheets/sheet2.xml")).toBe("worksheets/sheet2.xml");
    expect(targetOf("xl/workbook.xml", "other/part.xml")).toBe("/other/part.xml");
  });
});
