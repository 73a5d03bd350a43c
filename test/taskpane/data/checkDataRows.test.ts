import { checkDataRows } from "../../../src/taskpane/data/checkDataRows";

const LIMITS = { first: 4, last: 11 };

describe("checkDataRows", () => {
  it("gives the rows as numbers when both are whole numbers within the limits", () => {
    expect(checkDataRows("4", " 9 ", LIMITS)).toEqual({
      ok: true,
      value: { firstDataRow: 4, lastDataRow: 9 },
    });
  });

  it("accepts a single-row table and the limits themselves", () => {
    expect(checkDataRows("11", "11", LIMITS).ok).toBe(true);
    expect(checkDataRows("4", "11", LIMITS).ok).toBe(true);
  });

  it("refuses text, decimals, negative numbers and empty fields, naming each field", () => {
    for (const text of ["", "abc", "9,5", "9.5", "-3", "1e2"]) {
      const checked = checkDataRows(text, "9", LIMITS);
      expect(checked).toMatchObject({
        ok: false,
        issues: [{ code: "notWholeNumber", path: "first" }],
      });
    }
    const both = checkDataRows("x", "y", LIMITS);
    expect(both.ok ? [] : both.issues.map((issue) => issue.path)).toEqual(["first", "last"]);
  });

  it("refuses rows above the data or below the sheet, saying the allowed range in both languages", () => {
    const above = checkDataRows("3", "9", LIMITS);
    expect(above).toMatchObject({ ok: false, issues: [{ code: "outsideSheet", path: "first" }] });
    const below = checkDataRows("4", "12", LIMITS);
    expect(below.ok).toBe(false);
    if (!below.ok) {
      expect(below.issues[0]?.message.vi).toContain("từ 4 đến 11");
      expect(below.issues[0]?.message.en).toContain("4 to 11");
    }
  });

  it("refuses a first row after the last row", () => {
    expect(checkDataRows("9", "5", LIMITS)).toMatchObject({
      ok: false,
      issues: [{ code: "firstAfterLast", path: "last" }],
    });
  });

  it("refuses every row when the sheet has none below the header", () => {
    expect(checkDataRows("4", "4", { first: 4, last: 3 })).toMatchObject({
      ok: false,
      issues: [{ code: "noRows" }, { code: "noRows" }],
    });
  });

  it("never throws on huge numbers", () => {
    expect(checkDataRows("4", "99999999999999999999999", LIMITS).ok).toBe(false);
  });
});
