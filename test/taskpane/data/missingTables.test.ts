import { proposeMapping } from "../../../src/sheets";
import { missingTables } from "../../../src/taskpane/data/missingTables";
import { emptyWorkbook, sampleContents, unitsOnlyWorkbook } from "../workbooks";

describe("missingTables", () => {
  it("says a workbook with only blank sheets is empty", () => {
    const contents = emptyWorkbook();
    expect(missingTables(contents, proposeMapping(contents.grids))).toEqual(["emptyWorkbook"]);
  });

  it("names the scoring table when only the units are there", () => {
    const contents = unitsOnlyWorkbook();
    expect(missingTables(contents, proposeMapping(contents.grids))).toEqual(["missingScores"]);
  });

  it("has nothing to say about the seed workbook", async () => {
    const contents = await sampleContents("seed-2018.xlsx");
    expect(missingTables(contents, proposeMapping(contents.grids))).toEqual([]);
  });
});
