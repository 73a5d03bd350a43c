import type { Problem } from "../../src/core/problem";
import type { Grid } from "../../src/sheets/grid";
import { proposeMapping } from "../../src/sheets/mapping";
import { readBlocs, type ReadBlocsOptions } from "../../src/sheets/readBloc";
import { makeGrid } from "./helpers/grid";
import { TEST_PROFILE } from "./helpers/profile";
import { criteriaSheet, SEED_UNITS, unitsSheet } from "./helpers/seedWorkbook";

function read(grids: readonly Grid[], options: Partial<ReadBlocsOptions> = {}) {
  return readBlocs(grids, proposeMapping(grids), { profile: TEST_PROFILE, year: null, ...options });
}

function codes(problems: readonly Problem[]): string[] {
  return problems.map(
    (entry) => `${entry.code} ${entry.location?.sheet ?? ""}!${entry.location?.cell ?? ""}`
  );
}

describe("readBlocs on the seed workbook", () => {
  const result = read([unitsSheet(), criteriaSheet(SEED_UNITS)]);
  const bloc = result.blocs[0];

  it("reads one bloc, its year and its name from the titles, without problems", () => {
    expect(result.blocs).toHaveLength(1);
    expect(result.year).toBe(2018);
    expect(bloc?.year).toBe(2018);
    expect(bloc?.blocName).toBe("KHỐI THI ĐUA CÁC TỔ CHỨC CHÍNH TRỊ - XÃ HỘI TỈNH");
    expect(result.problems).toEqual([]);
  });

  it("gives each unit its name key as id, with its details and location", () => {
    expect(bloc?.units.map((unit) => unit.id)).toEqual(
      SEED_UNITS.map((name) => name.normalize("NFC").toLocaleLowerCase("vi"))
    );
    expect(bloc?.units[0]).toEqual({
      id: "hội liên hiệp phụ nữ tỉnh",
      name: "Hội Liên hiệp Phụ nữ tỉnh",
      rotationOrder: 1,
      womenShare: 0.85,
      headName: "Người 1",
      headTitle: "Chủ tịch",
      location: { sheet: "Đơn vị", cell: "B4" },
    });
  });

  it("reads criteria with their groups and maximum points, not the group rows", () => {
    expect(
      bloc?.criteria.map((criterion) => [criterion.id, criterion.group, criterion.maxPoints])
    ).toEqual([
      ["I.1", "I", 150],
      ["I.2", "I", 150],
      ["II.1", "II", 700],
    ]);
    expect(bloc?.criteria[2]?.location).toEqual({ sheet: "Chấm điểm", cell: "B9" });
  });

  it("reads each unit's self and bloc scores, bonus and deduction, with their cells", () => {
    const second = bloc?.scores[1];
    expect(second?.unitId).toBe("liên đoàn lao động tỉnh");
    expect(second?.criteria[0]).toEqual({
      criterionId: "I.1",
      self: 99,
      bloc: 99,
      location: { sheet: "Chấm điểm", cell: "G6" },
    });
    expect(second?.bonus).toEqual({
      self: 5,
      bloc: 5,
      location: { sheet: "Chấm điểm", cell: "G10" },
    });
    expect(second?.deduction).toMatchObject({ self: 0, bloc: 2 });
  });
});

describe("readBlocs reporting problems with their cells", () => {
  it("reads decimal commas written as text silently", () => {
    const scores = criteriaSheet(SEED_UNITS, (unit, criterion) =>
      criterion === 0 ? "95,5" : 100 - unit
    );
    const result = read([unitsSheet(), scores]);
    expect(result.problems).toEqual([]);
    expect(result.blocs[0]?.scores[0]?.criteria[0]).toMatchObject({ self: 95.5, bloc: 95.5 });
  });

  it("reports a score that is not a number with its exact cell", () => {
    const scores = criteriaSheet(SEED_UNITS, (unit, criterion) =>
      unit === 1 && criterion === 2 ? "abc" : 90
    );
    const result = read([unitsSheet(), scores]);
    const notNumber = result.problems.filter((entry) => entry.code === "score.notNumber");
    expect(codes(notNumber)).toEqual([
      "score.notNumber Chấm điểm!F9",
      "score.notNumber Chấm điểm!G9",
    ]);
    expect(notNumber[0]?.severity).toBe("error");
    expect(notNumber[0]?.message.vi).toContain("'Chấm điểm'!F9");
    expect(notNumber[0]?.message.en).toContain("'Chấm điểm'!F9");
    expect(result.blocs[0]?.scores[1]?.criteria[2]).toMatchObject({ self: null, bloc: null });
  });

  it("matches names differing in Unicode form, case, spacing and tone-mark placement", () => {
    const units = unitsSheet(["Hội Liên hiệp Phụ nữ tỉnh", "Trường Hòa Bình", "Ủy ban MTTQ tỉnh"]);
    const scores = criteriaSheet([
      "HỘI LIÊN HIỆP  PHỤ NỮ TỈNH".normalize("NFD"),
      "Trường Hoà Bình",
      "ủy ban mttq tỉnh",
    ]);
    const result = read([units, scores]);
    expect(result.problems).toEqual([]);
    expect(result.blocs[0]?.scores.map((entry) => entry.unitId)).toEqual([
      "hội liên hiệp phụ nữ tỉnh",
      "trường hòa bình",
      "ủy ban mttq tỉnh",
    ]);
  });

  it("reports a unit the units table does not know, at its header cell, with the closest names", () => {
    const scores = criteriaSheet([...SEED_UNITS.slice(0, 5), "LĐLĐ tỉnh"]);
    const result = read([unitsSheet(), scores]);
    const unknown = result.problems.find((entry) => entry.code === "unit.unknown");
    expect(unknown?.location).toEqual({ sheet: "Chấm điểm", cell: "N3" });
    expect(unknown?.severity).toBe("error");
    expect(unknown?.message.vi).toContain("“LĐLĐ tỉnh”");
    expect(unknown?.message.vi).toContain("Tên gần nhất: “Liên đoàn Lao động tỉnh”");
    expect(unknown?.message.en).toContain("Closest names: “Liên đoàn Lao động tỉnh”");
  });

  it("does not match an abbreviation by itself but follows the user's alias", () => {
    const scores = criteriaSheet([SEED_UNITS[0], "LĐLĐ tỉnh", ...SEED_UNITS.slice(2)]);
    const result = read([unitsSheet(), scores], {
      aliases: { "lđlđ tỉnh": "liên đoàn lao động tỉnh" },
    });
    expect(result.problems).toEqual([]);
    expect(result.blocs[0]?.scores[1]?.unitId).toBe("liên đoàn lao động tỉnh");
  });

  it("reports a unit of the units table that the scoring table lacks", () => {
    const result = read([unitsSheet(), criteriaSheet(SEED_UNITS.slice(0, 5))]);
    expect(codes(result.problems)).toEqual(["unit.missing Đơn vị!B9"]);
    expect(result.problems[0]?.unitId).toBe("ủy ban mttq tỉnh");
  });

  it("reports two rows of the units table with the same name key and keeps the first", () => {
    const result = read([unitsSheet([...SEED_UNITS, "TỈNH ĐOÀN"]), criteriaSheet(SEED_UNITS)]);
    expect(codes(result.problems)).toEqual(["unit.duplicate Đơn vị!B10"]);
    expect(result.blocs[0]?.units).toHaveLength(6);
  });

  it("reports a text cell typed in TCVN3 with its cell", () => {
    const result = read([
      unitsSheet([...SEED_UNITS.slice(0, 5), "Héi Liªn hiÖp Phô n÷ tØnh"]),
      criteriaSheet(SEED_UNITS.slice(0, 5)),
    ]);
    const legacy = result.problems.filter((entry) => entry.code === "text.legacyEncoding");
    expect(codes(legacy)).toEqual(["text.legacyEncoding Đơn vị!B9"]);
    expect(legacy[0]?.severity).toBe("warning");
    expect(legacy[0]?.message.vi).toContain("TCVN3");
  });

  it("reports a criterion without maximum points at its cell", () => {
    const scores = criteriaSheet(SEED_UNITS);
    const values = scores.values.map((row) => [...row]);
    (values[6] as unknown[])[2] = null;
    const result = read([unitsSheet(), { ...scores, values }]);
    expect(codes(result.problems)).toEqual(["criterion.noMaximum Chấm điểm!C7"]);
    expect(result.blocs[0]?.criteria[1]?.maxPoints).toBeNull();
  });

  it("takes the units from the scoring table, with a warning, when there is no units table", () => {
    const result = read([criteriaSheet(SEED_UNITS.slice(0, 3))]);
    expect(result.problems.map((entry) => [entry.code, entry.severity])).toEqual([
      ["sheet.notFound", "warning"],
    ]);
    expect(result.blocs[0]?.units.map((unit) => unit.name)).toEqual(SEED_UNITS.slice(0, 3));
    expect(result.blocs[0]?.scores).toHaveLength(3);
  });

  it("reports an error when there is no scoring table", () => {
    const result = read([unitsSheet()]);
    expect(
      result.problems.some((entry) => entry.code === "sheet.notFound" && entry.severity === "error")
    ).toBe(true);
    expect(result.blocs[0]?.criteria).toEqual([]);
  });
});

describe("readBlocs year", () => {
  it("prefers the year given in the options", () => {
    const result = read([unitsSheet(), criteriaSheet(SEED_UNITS)], { year: 2024 });
    expect(result.year).toBe(2024);
    expect(result.blocs[0]?.year).toBe(2024);
  });

  it("finds a year written in a cell next to a Năm label", () => {
    const units = makeGrid("DS", [
      ["Năm", 2019, null],
      [null, null, null],
      ["STT", "Tên đơn vị", "Ghi chú"],
      [1, "Tỉnh đoàn", null],
    ]);
    const scores = makeGrid("Điểm", [
      ["STT", "Tiêu chí", "Điểm chuẩn", "Tỉnh đoàn"],
      [1, "Tuyên truyền", 100, 90],
    ]);
    expect(read([units, scores]).year).toBe(2019);
  });

  it("gives a null year (and year 0 in the blocs) when nothing says", () => {
    const units = makeGrid("DS", [
      ["STT", "Tên đơn vị"],
      [1, "Tỉnh đoàn"],
    ]);
    const scores = makeGrid("Điểm", [
      ["STT", "Tiêu chí", "Điểm chuẩn", "Tỉnh đoàn"],
      [1, "Tuyên truyền", 100, 90],
    ]);
    const result = read([units, scores]);
    expect(result.year).toBeNull();
    expect(result.blocs[0]?.year).toBe(0);
  });
});
