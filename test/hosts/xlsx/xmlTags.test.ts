import { childElements, findElement, xmlTags } from "../../../src/hosts/xlsx/xmlTags";
import { appendToElement, replaceRanges } from "../../../src/hosts/xlsx/xmlEdit";

describe("xmlTags", () => {
  it("reads start, end and empty tags with prefixes and decoded attributes", () => {
    const xml = `<?xml version="1.0"?><x:a k="1 &amp; 2" t='q>r'><x:b/></x:a>`;
    const tags = [...xmlTags(xml)];

    expect(tags.map((tag) => [tag.kind, tag.name, tag.localName, tag.prefix])).toEqual([
      ["start", "x:a", "a", "x:"],
      ["empty", "x:b", "b", "x:"],
      ["end", "x:a", "a", "x:"],
    ]);
    expect(tags[0]!.attributes.get("k")).toBe("1 & 2");
    expect(tags[0]!.attributes.get("t")).toBe("q>r");
  });

  it("steps over comments and CDATA that hold what looks like tags", () => {
    const xml = "<a><!-- <b/> --><![CDATA[<c/>]]><d/></a>";
    expect([...xmlTags(xml)].map((tag) => tag.name)).toEqual(["a", "d", "a"]);
  });
});

describe("findElement and childElements", () => {
  const xml =
    "<root><list count='2'><item>1</item><item><item>nested</item></item></list><other/></root>";

  it("finds an element and where its content ends, counting nested elements of its name", () => {
    const list = findElement(xml, "list")!;
    const items = childElements(xml, list, "item");

    expect(items).toHaveLength(2);
    expect(xml.slice(items[1]!.contentStart, items[1]!.contentEnd)).toBe("<item>nested</item>");
    expect(xml.slice(list.end)).toBe("<other/></root>");
  });

  it("gives null for an element that is not there", () => {
    expect(findElement(xml, "missing")).toBeNull();
  });

  it("lists every child when no name is given", () => {
    const root = findElement(xml, "root")!;
    expect(childElements(xml, root).map((child) => child.tag.localName)).toEqual(["list", "other"]);
  });
});

describe("appendToElement and replaceRanges", () => {
  it("appends to an element's content, opening up an empty element", () => {
    const full = "<a><b/></a>";
    expect(appendToElement(full, findElement(full, "a")!, "<c/>")).toBe("<a><b/><c/></a>");
    const empty = '<r><x:a n="1" /></r>';
    expect(appendToElement(empty, findElement(empty, "a")!, "<c/>")).toBe(
      '<r><x:a n="1"><c/></x:a></r>'
    );
  });

  it("replaces ranges given in any order", () => {
    expect(
      replaceRanges("0123456789", [
        { start: 6, end: 8, text: "B" },
        { start: 1, end: 3, text: "A" },
      ])
    ).toBe("0A345B89");
  });
});
