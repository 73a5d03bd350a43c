import { proposeMapping } from "../../../src/sheets";
import { sheetsOfKind } from "../../../src/taskpane/data/sheetsOfKind";
import { staffSheetWorkbook, unitsMisreadWorkbook } from "../workbooks";

describe("sheetsOfKind", () => {
  it("lists each sheet holding tables of the kind once, in mapping order", () => {
    const { grids } = unitsMisreadWorkbook();
    expect(sheetsOfKind(proposeMapping(grids), "scores")).toEqual(["DS", "Chấm điểm"]);
  });

  it("lists a units table found on two sheets under both", () => {
    const { grids } = staffSheetWorkbook();
    expect(sheetsOfKind(proposeMapping(grids), "units")).toEqual(["Đơn vị", "Cán bộ"]);
  });

  it("is empty for a kind that was not found", () => {
    const { grids } = unitsMisreadWorkbook();
    expect(sheetsOfKind(proposeMapping(grids), "units")).toEqual([]);
  });
});
