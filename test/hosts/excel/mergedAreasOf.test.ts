import { mergedAreasOf } from "../../../src/hosts/excel/mergedAreasOf";

describe("mergedAreasOf", () => {
  test("reads every area of an address as offsets from the grid's origin", () => {
    expect(mergedAreasOf("Sheet1!A1:C1,Sheet1!$B$3:$B$5", 1, 1)).toEqual([
      { top: 0, left: 0, bottom: 0, right: 2 },
      { top: 2, left: 1, bottom: 4, right: 1 },
    ]);
    expect(mergedAreasOf("'Chấm điểm'!D4:E4", 3, 2)).toEqual([
      { top: 1, left: 2, bottom: 1, right: 3 },
    ]);
  });

  test("is not misled by commas and apostrophes in a sheet name", () => {
    expect(mergedAreasOf("'Bảng, điểm ''cũ'''!A1:B1,'Bảng, điểm ''cũ'''!AA10:AB12", 1, 1)).toEqual([
      { top: 0, left: 0, bottom: 0, right: 1 },
      { top: 9, left: 26, bottom: 11, right: 27 },
    ]);
  });

  test("gives no area for an empty address", () => {
    expect(mergedAreasOf("", 1, 1)).toEqual([]);
  });
});
