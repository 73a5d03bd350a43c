import fc from "fast-check";
import {
  applyOverride,
  parseMapping,
  proposeMapping,
  serializeMapping,
} from "../../src/sheets/mapping";
import { makeGrid } from "./helpers/grid";
import { criteriaSheet, SEED_UNITS, unitsSheet } from "./helpers/seedWorkbook";

const grids = [unitsSheet(), criteriaSheet(SEED_UNITS.slice(0, 2))];

describe("proposeMapping", () => {
  it("proposes every table found, in sheet order", () => {
    expect(proposeMapping(grids).tables.map((table) => [table.sheetName, table.kind])).toEqual([
      ["Đơn vị", "units"],
      ["Chấm điểm", "scores"],
    ]);
  });
});

describe("applyOverride", () => {
  const mapping = proposeMapping(grids);

  it("moves a field to the column the user chose, with full confidence, without changing the input", () => {
    const changed = applyOverride(mapping, {
      type: "column",
      table: 0,
      field: "shortName",
      column: 6,
    });
    expect(changed.tables[0]?.columns.shortName).toEqual({ column: 6, confidence: 1 });
    expect(mapping.tables[0]?.columns.shortName?.column).toBe(3);
  });

  it("removes a field when the user says no column holds it", () => {
    const changed = applyOverride(mapping, {
      type: "column",
      table: 0,
      field: "headTitle",
      column: null,
    });
    expect(changed.tables[0]?.columns.headTitle).toBeUndefined();
  });

  it("changes the data rows and removes a table", () => {
    const rows = applyOverride(mapping, {
      type: "rows",
      table: 0,
      firstDataRow: 5,
      lastDataRow: 7,
    });
    expect(rows.tables[0]).toMatchObject({ firstDataRow: 5, lastDataRow: 7 });
    const removed = applyOverride(mapping, { type: "remove", table: 0 });
    expect(removed.tables.map((table) => table.kind)).toEqual(["scores"]);
  });

  it("replaces a whole table, such as the unit columns of a scoring table", () => {
    const scores = mapping.tables[1];
    if (scores === undefined) throw new Error("no scoring table");
    const changed = applyOverride(mapping, {
      type: "replace",
      table: 1,
      with: {
        ...scores,
        unitColumns: [{ unitName: "Tỉnh đoàn", selfColumn: null, blocColumn: 5 }],
      },
    });
    expect(changed.tables[1]?.unitColumns).toEqual([
      { unitName: "Tỉnh đoàn", selfColumn: null, blocColumn: 5 },
    ]);
    expect(changed.tables[0]).toBe(mapping.tables[0]);
  });

  it("leaves the mapping as it is when the table index does not exist", () => {
    expect(applyOverride(mapping, { type: "column", table: 7, field: "name", column: 2 })).toBe(
      mapping
    );
  });

  it("reads the sheet the user names as the table of that kind, even when it looked like another kind", () => {
    const other = makeGrid("Danh sách 2", [
      ["TT", "Đơn vị", "Năm", "Hình thức khen thưởng"],
      [1, "Tỉnh đoàn", 2018, "Bằng khen"],
    ]);
    expect(proposeMapping([other]).tables[0]?.kind).toBe("awardHistory");
    const moved = applyOverride(
      mapping,
      { type: "sheet", kind: "units", sheetName: "Danh sách 2" },
      [...grids, other]
    );
    const units = moved.tables.filter((table) => table.kind === "units");
    expect(units.map((table) => [table.sheetName, table.columns.name?.column])).toEqual([
      ["Danh sách 2", 2],
    ]);
    expect(moved.tables.filter((table) => table.kind === "scores")).toHaveLength(1);
  });

  it("keeps the columns on the new sheet when that sheet cannot be read", () => {
    const moved = applyOverride(mapping, { type: "sheet", kind: "units", sheetName: "Khác" });
    expect(moved.tables.find((table) => table.kind === "units")).toMatchObject({
      sheetName: "Khác",
      headerRow: 3,
    });
  });
});

describe("serializeMapping and parseMapping", () => {
  it("round-trips a proposed mapping", () => {
    const mapping = proposeMapping(grids);
    const parsed = parseMapping(serializeMapping(mapping));
    expect(parsed).toEqual({ ok: true, value: JSON.parse(JSON.stringify(mapping)) });
  });

  it("refuses text that is not JSON, or JSON that is not a mapping, with a message in both languages", () => {
    for (const junk of [
      "",
      "{",
      "null",
      "[]",
      '{"tables":{}}',
      '{"tables":[{"kind":"cats"}]}',
      '{"tables":[{"kind":"units","sheetName":"A","headerRow":0}]}',
    ]) {
      const parsed = parseMapping(junk);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) {
        expect(parsed.error.vi).not.toBe("");
        expect(parsed.error.en).not.toBe("");
      }
    }
  });

  it("refuses a table whose column is not a positive whole number", () => {
    const table = {
      kind: "units",
      sheetName: "A",
      headerRow: 1,
      firstDataRow: 2,
      lastDataRow: 3,
      confidence: 1,
      columns: { name: { column: 1.5, confidence: 1 } },
    };
    expect(parseMapping(JSON.stringify({ tables: [table] })).ok).toBe(false);
    expect(
      parseMapping(
        JSON.stringify({ tables: [{ ...table, columns: { name: { column: 2, confidence: 1 } } }] })
      ).ok
    ).toBe(true);
  });

  it("never throws, whatever the text", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((value) => JSON.stringify({ tables: [value] }))
        ),
        (text) => {
          const parsed = parseMapping(text);
          expect(typeof parsed.ok).toBe("boolean");
        }
      )
    );
  });
});
