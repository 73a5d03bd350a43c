import { criterionRowKind } from "../../src/sheets/criterionRowKind";
import { isTotalLabel } from "../../src/sheets/isTotalLabel";
import { pointsInLabel } from "../../src/sheets/pointsInLabel";
import { proposeMapping } from "../../src/sheets/mapping";
import { readBlocs } from "../../src/sheets/readBloc";
import { makeGrid } from "./helpers/grid";
import { TEST_PROFILE } from "./helpers/profile";

describe("isTotalLabel", () => {
  it.each([
    "Tổng cộng",
    "TỔNG CỘNG",
    "Cộng",
    "Cộng nhóm I",
    "Tổng điểm",
    "Total",
    "tong cong",
    "Cong nhom II",
  ])("recognises %p as a total row", (label) => {
    expect(isTotalLabel(label)).toBe(true);
  });

  it.each([
    "Công tác tuyên truyền",
    "Cộng điểm",
    "Cong tac tuyen truyen",
    "Tỉnh đoàn",
    "Tổng số phiếu",
    null,
    3,
  ])("does not take %p for a total row", (label) => {
    expect(isTotalLabel(label)).toBe(false);
  });
});

describe("pointsInLabel", () => {
  it("takes the maximum points out of a header label", () => {
    expect(pointsInLabel("Nhóm I (300 điểm)")).toEqual({ title: "Nhóm I", maxPoints: 300 });
    expect(pointsInLabel("Nhom II - 700 diem")).toEqual({ title: "Nhom II", maxPoints: 700 });
    expect(pointsInLabel("Criterion 3 (1.000 points)")).toEqual({
      title: "Criterion 3",
      maxPoints: 1000,
    });
  });

  it("leaves a label without points alone", () => {
    expect(pointsInLabel("Nhóm 2 doanh nghiệp")).toEqual({
      title: "Nhóm 2 doanh nghiệp",
      maxPoints: null,
    });
    expect(pointsInLabel("Tiêu chí 1")).toEqual({ title: "Tiêu chí 1", maxPoints: null });
  });
});

describe("criterionRowKind", () => {
  it("tells groups, criteria, bonus, deduction and totals apart", () => {
    expect(criterionRowKind("II", "Công tác chuyên môn")).toEqual({ kind: "group", group: "II" });
    expect(criterionRowKind("", "Nhóm III: Xây dựng tổ chức")).toEqual({
      kind: "group",
      group: "III",
    });
    expect(criterionRowKind("1.2", "Tuyên truyền")).toEqual({
      kind: "criterion",
      code: "1.2",
      depth: 2,
    });
    expect(criterionRowKind("a)", "Hội nghị")).toEqual({ kind: "criterion", code: "a", depth: 4 });
    expect(criterionRowKind("", "Điểm thưởng")).toEqual({ kind: "bonus" });
    expect(criterionRowKind("IV", "Điểm trừ")).toEqual({ kind: "deduction" });
    expect(criterionRowKind("", "Cộng nhóm I")).toEqual({ kind: "total" });
    expect(criterionRowKind("3", "Tổng số hội viên mới")).toMatchObject({
      kind: "criterion",
      code: "3",
    });
    expect(criterionRowKind("", "")).toEqual({ kind: "blank" });
  });
});

describe("reading nested criteria", () => {
  it("takes a numbered row with deeper rows under it as a heading, and a group without criteria as one criterion", () => {
    const units = makeGrid("DS", [
      ["STT", "Tên đơn vị"],
      [1, "Tỉnh đoàn"],
    ]);
    const scores = makeGrid("Điểm", [
      ["STT", "Nội dung", "Điểm chuẩn", "Tỉnh đoàn"],
      ["I", "Công tác tuyên truyền", 100, 95],
      [1, "Tuyên truyền nghị quyết", 60, 55],
      ["1.1", "Hội nghị quán triệt", 30, 28],
      ["1.2", "Tuyên truyền trên báo", 30, 27],
      [2, "Phát triển hội viên", 40, 40],
      [null, "Cộng nhóm I", 100, 95],
      ["II", "Công tác chuyên môn", 900, 850],
      ["", "Tổng cộng", 1000, 945],
    ]);
    const result = readBlocs([units, scores], proposeMapping([units, scores]), {
      profile: TEST_PROFILE,
      year: 2018,
    });
    expect(result.problems).toEqual([]);
    expect(
      result.blocs[0]?.criteria.map((criterion) => [
        criterion.id,
        criterion.title,
        criterion.maxPoints,
      ])
    ).toEqual([
      ["I.1.1", "Hội nghị quán triệt", 30],
      ["I.1.2", "Tuyên truyền trên báo", 30],
      ["I.2", "Phát triển hội viên", 40],
      ["II", "Công tác chuyên môn", 900],
    ]);
    expect(result.blocs[0]?.scores[0]?.criteria.map((score) => score.bloc)).toEqual([
      28, 27, 40, 850,
    ]);
  });
});

describe("reading from an Excel Table", () => {
  it("reads the units of an Excel Table below other content", () => {
    const units = makeGrid(
      "DS",
      [
        ["Danh sách", null],
        ["STT", "Tên đơn vị"],
        [1, "Tỉnh đoàn"],
        [null, null],
        [2, "Hội Nông dân tỉnh"],
      ],
      { tables: [{ name: "DonVi", range: "A2:B5" }] }
    );
    const scores = makeGrid("Điểm", [
      ["STT", "Tiêu chí", "Điểm chuẩn", "Tỉnh đoàn", "Hội Nông dân tỉnh"],
      [1, "Tuyên truyền", 100, 90, 80],
    ]);
    const result = readBlocs([units, scores], proposeMapping([units, scores]), {
      profile: TEST_PROFILE,
      year: 2018,
    });
    expect(result.problems).toEqual([]);
    expect(result.blocs[0]?.units.map((unit) => unit.location?.cell)).toEqual(["B3", "B5"]);
  });
});
