import {
  attributeXml,
  cellTextXml,
  decodeXml,
  elementTextXml,
} from "../../../src/hosts/xlsx/xmlText";

describe("cellTextXml", () => {
  it("leaves plain Vietnamese text as it is", () => {
    const text = "Hội Liên hiệp Phụ nữ tỉnh";
    expect(cellTextXml(text)).toBe(text);
  });

  it("writes markup characters as entities", () => {
    expect(cellTextXml('A & B <c> "d"')).toBe('A &amp; B &lt;c&gt; "d"');
  });

  it("writes characters XML cannot carry as Excel's _xHHHH_ escapes, keeping tab and line feed", () => {
    expect(cellTextXml("a\u0001b\rc\td\ne\uFFFF")).toBe("a_x0001_b_x000D_c\td\ne_xFFFF_");
  });

  it("escapes the underscore of text that already reads as an escape", () => {
    expect(cellTextXml("_x0041_")).toBe("_x005F_x0041_");
  });

  it("keeps surrogate pairs and escapes an unpaired surrogate", () => {
    expect(cellTextXml("😀")).toBe("😀");
    expect(cellTextXml("a\uD800b")).toBe("a_xD800_b");
  });
});

describe("attributeXml and elementTextXml", () => {
  it("keeps white space in attributes as character references", () => {
    expect(attributeXml('a"b\tc\nd&<>')).toBe("a&quot;b&#9;c&#10;d&amp;&lt;&gt;");
  });

  it("escapes only markup in element text", () => {
    expect(elementTextXml("'Bảng & điểm'!$A$1")).toBe("'Bảng &amp; điểm'!$A$1");
  });
});

describe("decodeXml", () => {
  it("decodes named entities and character references", () => {
    expect(decodeXml("a&amp;b&lt;&gt;&quot;&apos;&#65;&#x1EA1;")).toBe("a&b<>\"'Aạ");
  });

  it("returns text without entities as it is", () => {
    expect(decodeXml("Tổng hợp")).toBe("Tổng hợp");
  });
});
