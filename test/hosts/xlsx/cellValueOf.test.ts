import { cellValueOf } from "../../../src/hosts/xlsx/cellValueOf";

describe("cellValueOf", () => {
  it("keeps numbers, text and booleans as they are", () => {
    expect(cellValueOf(95.5)).toBe(95.5);
    expect(cellValueOf("95,5")).toBe("95,5");
    expect(cellValueOf(false)).toBe(false);
  });

  it("gives a formula's cached result, and null when it has none or it is an error", () => {
    expect(cellValueOf({ formula: "SUM(A1:A3)", result: 12 })).toBe(12);
    expect(cellValueOf({ sharedFormula: "A1", result: "x" })).toBe("x");
    expect(cellValueOf({ formula: "A1" })).toBeNull();
    expect(cellValueOf({ formula: "1/0", result: { error: "#DIV/0!" } })).toBeNull();
  });

  it("gives the plain text of rich text and of a hyperlink", () => {
    expect(
      cellValueOf({ richText: [{ text: "Hội " }, { text: "Nông dân", font: { bold: true } }] })
    ).toBe("Hội Nông dân");
    expect(cellValueOf({ text: "Trang chủ", hyperlink: "https://example.com" })).toBe("Trang chủ");
    expect(
      cellValueOf({ text: { richText: [{ text: "a" }, { text: "b" }] }, hyperlink: "x" })
    ).toBe("ab");
  });

  it("gives a date as an ISO date, with the time only when there is one", () => {
    expect(cellValueOf(new Date(Date.UTC(2018, 11, 5)))).toBe("2018-12-05");
    expect(cellValueOf(new Date(Date.UTC(2018, 11, 5, 8, 30)))).toBe("2018-12-05T08:30:00");
    expect(cellValueOf(new Date(Number.NaN))).toBeNull();
  });

  it("gives null for errors, empty cells, non-finite numbers and unknown objects", () => {
    expect(cellValueOf({ error: "#N/A" })).toBeNull();
    expect(cellValueOf(undefined)).toBeNull();
    expect(cellValueOf(null)).toBeNull();
    expect(cellValueOf(Number.POSITIVE_INFINITY)).toBeNull();
    expect(cellValueOf({ checkbox: true })).toBeNull();
  });
});
