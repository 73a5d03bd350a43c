import { proposeMapping } from "../../../src/sheets";
import { dataRowLimits } from "../../../src/taskpane/data/dataRowLimits";
import { makeGrid } from "../../sheets/helpers/grid";
import { unitsSheet } from "../../sheets/helpers/seedWorkbook";

describe("dataRowLimits", () => {
  it("runs from the row under the header to the sheet's last row", () => {
    const grid = unitsSheet();
    const table = proposeMapping([grid]).tables[0]!;
    // Title, spacer, header on row 3, six units, a "Tổng cộng" row: 10 rows.
    expect(dataRowLimits(table, grid)).toEqual({ first: 4, last: 10 });
  });

  it("counts rows from the grid's origin when the used range starts lower", () => {
    const grid = makeGrid(
      "Đơn vị",
      [
        ["STT", "Tên đơn vị"],
        [1, "Tỉnh đoàn"],
      ],
      { originRow: 5 }
    );
    const table = proposeMapping([grid]).tables[0]!;
    expect(dataRowLimits(table, grid)).toEqual({ first: 6, last: 6 });
  });

  it("allows no row without the sheet", () => {
    const table = proposeMapping([unitsSheet()]).tables[0]!;
    const limits = dataRowLimits(table, undefined);
    expect(limits.last).toBeLessThan(limits.first);
  });
});
