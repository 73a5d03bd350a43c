import { applyOverride, proposeMapping } from "../../../src/sheets";
import { chooseTableSheet } from "../../../src/taskpane/data/chooseTableSheet";
import { unitsMisreadWorkbook } from "../workbooks";

describe("chooseTableSheet", () => {
  const { grids } = unitsMisreadWorkbook();

  it("gives the sheet correction when the sheet reads as that kind", () => {
    const choice = chooseTableSheet("units", "DS", grids);
    expect(choice).toEqual({
      ok: true,
      override: { type: "sheet", kind: "units", sheetName: "DS" },
    });
    if (choice.ok) {
      const mapping = applyOverride(proposeMapping(grids), choice.override, grids);
      expect(mapping.tables.map((table) => `${table.kind}@${table.sheetName}`)).toEqual([
        "scores@Chấm điểm",
        "units@DS",
      ]);
    }
  });

  it("names the key columns the sheet lacks, in both languages", () => {
    const choice = chooseTableSheet("votes", "Chấm điểm", grids);
    expect(choice.ok).toBe(false);
    if (!choice.ok) {
      expect(choice.message.vi).toContain("Đơn vị, Hình thức khen thưởng, Số phiếu đồng ý");
      expect(choice.message.en).toContain("Unit, Award, Votes in favour");
    }
  });

  it("joins alternative key columns with “or”", () => {
    const choice = chooseTableSheet("conditions", "Chấm điểm", grids);
    expect(choice.ok ? "" : choice.message.en).toContain(
      "Unit, Discipline level or Under investigation or Pending complaint"
    );
  });

  it("refuses a sheet the workbook does not have", () => {
    expect(chooseTableSheet("units", "Không có", grids).ok).toBe(false);
  });
});
