import fc from "fast-check";
import {
  CONFIGURATION_SHEET_NAME,
  configurationFromGrid,
  configurationToRows,
} from "../../src/sheets/configurationSheet";
import type { CellValue } from "../../src/sheets/grid";
import { makeGrid } from "./helpers/grid";

function asGrid(rows: CellValue[][]) {
  const width = Math.max(...rows.map((row) => row.length));
  return makeGrid(
    CONFIGURATION_SHEET_NAME,
    rows.map((row) => [...row, ...Array<CellValue>(width - row.length).fill(null)])
  );
}

describe("configurationToRows", () => {
  it("starts with a title in Vietnamese and English saying what the sheet is and not to edit it by hand", () => {
    const rows = configurationToRows("{}");
    expect(String(rows[0]?.[0])).toContain("không sửa tay");
    expect(String(rows[1]?.[0])).toContain("do not edit this sheet by hand");
  });

  it("splits long JSON into chunks of at most 30,000 characters, one per row in column A", () => {
    const json = JSON.stringify({ text: "đ".repeat(70_000) });
    const rows = configurationToRows(json);
    const chunks = rows.slice(3);
    expect(chunks).toHaveLength(3);
    for (const row of chunks) {
      expect(row).toHaveLength(1);
      expect(String(row[0]).length).toBeLessThanOrEqual(30_000 + 5);
    }
  });
});

describe("configurationFromGrid", () => {
  it("reads back exactly the JSON written", () => {
    const json = JSON.stringify({
      profile: { name: "Khối thi đua" },
      list: Array.from({ length: 5000 }, (_, index) => `=+${index}`),
    });
    expect(configurationFromGrid(asGrid(configurationToRows(json)))).toBe(json);
  });

  it("round-trips any text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        expect(configurationFromGrid(asGrid(configurationToRows(text)))).toBe(text);
      })
    );
  });

  it("gives null for a sheet without the marker, or with a chunk missing", () => {
    expect(configurationFromGrid(asGrid([["Ghi chú"], ["{}"]]))).toBeNull();
    const rows = configurationToRows("x".repeat(40_000));
    expect(configurationFromGrid(asGrid(rows.slice(0, -1)))).toBeNull();
    const edited = rows.map((row, index) => (index === 3 ? ["tampered"] : row));
    expect(configurationFromGrid(asGrid(edited))).toBeNull();
  });
});
