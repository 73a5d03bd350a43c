import type { SheetSpec, SpecCell } from "../../src/documents";
import { fingerprintGrid, fingerprintSpec } from "../../src/job/sheetFingerprint";
import type { CellValue, Grid } from "../../src/sheets";

function spec(rows: (CellValue | null)[][]): SheetSpec {
  return {
    rows: rows.map((row) =>
      row.map((value): SpecCell | null => (value === null ? null : { value }))
    ),
  } as unknown as SheetSpec;
}

function grid(values: CellValue[][], originRow = 1, originColumn = 1): Grid {
  return { sheetName: "Trang", originRow, originColumn, values, merges: [], tables: [] };
}

const WRITTEN: (CellValue | null)[][] = [
  ["BẢNG TỔNG HỢP", null],
  [],
  [1, "Hội Nông dân", 95.5],
  [true, null, ""],
];

describe("sheet fingerprints", () => {
  it("stay the ones earlier versions stored in workbooks", () => {
    expect(fingerprintSpec(spec(WRITTEN))).toBe("89c1a7c0");
    expect(fingerprintSpec(spec([]))).toBe("811c9dc5");
  });

  it("are the same for a spec and for the grid read back from the sheet it made", () => {
    // Read back, the grid starts at its first filled cell and drops the empty ones at the end.
    const readBack = grid([
      ["BẢNG TỔNG HỢP", null, null],
      [null, null, null],
      [1, "Hội Nông dân", 95.5],
      [true, null, null],
    ]);

    expect(fingerprintGrid(readBack)).toBe(fingerprintSpec(spec(WRITTEN)));
  });

  it("count the rows and columns above and left of a grid's origin", () => {
    const shifted = grid([["Hội Nông dân", 95.5]], 3, 2);

    expect(fingerprintGrid(shifted)).toBe(
      fingerprintSpec(spec([[], [], [null, "Hội Nông dân", 95.5]]))
    );
    expect(fingerprintGrid(shifted)).not.toBe(fingerprintSpec(spec([["Hội Nông dân", 95.5]])));
  });

  it("ignore blank cells at the end of a row and blank rows at the end, not those between", () => {
    const base = fingerprintSpec(spec([["a"], [], ["b"]]));

    expect(fingerprintSpec(spec([["a", null, ""], [], ["b"], [], [null]]))).toBe(base);
    expect(fingerprintSpec(spec([["a"], ["b"]]))).not.toBe(base);
    expect(fingerprintSpec(spec([["a"], [], [], ["b"]]))).not.toBe(base);
  });

  it("notice an edited value, and numbers that differ only beyond nine decimals do not count", () => {
    const base = fingerprintSpec(spec([["Hội Nông dân", 95.5]]));

    expect(fingerprintSpec(spec([["Hội Nông dân", 95.25]]))).not.toBe(base);
    expect(fingerprintSpec(spec([["Hội Nông Dân", 95.5]]))).not.toBe(base);
    expect(fingerprintSpec(spec([["Hội Nông dân", 95.5 + 1e-12]]))).toBe(base);
  });
});
