import { HostError } from "../../../src/hosts/shared/hostError";
import { planSheetWrites } from "../../../src/hosts/shared/planSheetWrites";
import { specFixture } from "../specFixture";

describe("planSheetWrites", () => {
  it("replaces only the add-in's own sheets, as the workbook spells their names", () => {
    expect(
      planSheetWrites([specFixture()], ["Đơn vị", "TỔNG HỢP ĐIỂM 2018"], ["TỔNG HỢP ĐIỂM 2018"])
    ).toEqual(["TỔNG HỢP ĐIỂM 2018"]);
    expect(planSheetWrites([specFixture()], ["Đơn vị"], [])).toEqual([]);
  });

  it("matches sheet names in NFC and NFD alike", () => {
    const decomposed = "Tổng hợp điểm 2018".normalize("NFD");

    expect(() => planSheetWrites([specFixture()], [decomposed], [])).toThrow(HostError);
  });

  it("refuses a clash with a user's sheet, naming the sheet in both languages", () => {
    let thrown: unknown;
    try {
      planSheetWrites([specFixture()], ["tổng hợp điểm 2018"], []);
    } catch (error) {
      thrown = error;
    }

    expect(thrown).toBeInstanceOf(HostError);
    expect((thrown as HostError).text.vi).toContain("“tổng hợp điểm 2018”");
    expect((thrown as HostError).text.en).toContain("did not make");
  });

  it("refuses a sheet name with an apostrophe, a reserved name and an empty name", () => {
    for (const name of ["Năm '18", "History", "  "]) {
      expect(() => planSheetWrites([specFixture({ name })], [], [])).toThrow(HostError);
    }
  });

  it("refuses numbers that Excel cannot store and overlapping merges", () => {
    expect(() =>
      planSheetWrites([specFixture({ rows: [[{ value: Number.NaN }]] })], [], [])
    ).toThrow(HostError);
    const merges = [
      { top: 1, left: 1, bottom: 2, right: 2 },
      { top: 2, left: 2, bottom: 3, right: 3 },
    ];
    expect(() => planSheetWrites([specFixture({ merges })], [], [])).toThrow(HostError);
    expect(() =>
      planSheetWrites([specFixture({ merges: [{ top: 2, left: 1, bottom: 1, right: 1 }] })], [], [])
    ).toThrow(HostError);
  });
});
