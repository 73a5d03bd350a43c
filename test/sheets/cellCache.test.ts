import { cellContent, cellHeaderClass, cellHeaderKey } from "../../src/sheets/cellCache";
import type { CellValue, Grid } from "../../src/sheets/grid";

function grid(values: CellValue[][], originRow = 1, originColumn = 1): Grid {
  return { sheetName: "Trang", originRow, originColumn, values, merges: [], tables: [] };
}

describe("cellCache", () => {
  it("reads each cell of a long sheet as itself, across blocks of rows", () => {
    const values = Array.from({ length: 2500 }, (_, index): CellValue[] => [
      `Đơn vị ${index}`,
      index,
    ]);
    const sheet = grid(values, 3, 2);

    for (const offset of [0, 1023, 1024, 2047, 2048, 2499]) {
      expect(cellHeaderKey(sheet, 3 + offset, 2)).toBe(`don vi ${offset}`);
      expect(cellContent(sheet, 3 + offset, 3)).toBe("number");
    }
    // Asked again, the remembered readings are the same.
    expect(cellHeaderKey(sheet, 3 + 1024, 2)).toBe("don vi 1024");
    expect(cellHeaderKey(sheet, 3 + 2499, 2)).toBe("don vi 2499");
  });

  it("keeps the cells of a short row and those around the grid apart", () => {
    const sheet = grid([["Tên đơn vị", "Điểm", "Ghi chú"], ["Hội Nông dân"]], 2, 2);

    expect(cellHeaderKey(sheet, 3, 3)).toBe("");
    expect(cellHeaderKey(sheet, 2, 4)).toBe("ghi chu");
    expect(cellHeaderKey(sheet, 1, 2)).toBe("");
    expect(cellHeaderKey(sheet, 2, 9)).toBe("");
    expect(cellHeaderClass(sheet, 3, 2)).toEqual({ kind: "text", text: "hội nông dân" });
    expect(cellHeaderClass(sheet, 2, 1)).toEqual({ kind: "blank" });
  });
});
