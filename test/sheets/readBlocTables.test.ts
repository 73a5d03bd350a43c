import type { Grid } from "../../src/sheets/grid";
import { proposeMapping } from "../../src/sheets/mapping";
import { readBlocs } from "../../src/sheets/readBloc";
import { makeGrid } from "./helpers/grid";
import { TEST_PROFILE } from "./helpers/profile";

const UNITS = makeGrid("Đơn vị", [
  ["STT", "Tên đơn vị"],
  [1, "Tỉnh đoàn"],
  [2, "Hội Nông dân tỉnh"],
]);
const SCORES = makeGrid("Điểm", [
  ["STT", "Tiêu chí", "Điểm chuẩn", "Tỉnh đoàn", "Hội Nông dân tỉnh"],
  [1, "Tuyên truyền", 100, 90, 80],
]);

function read(...extra: Grid[]) {
  const grids = [UNITS, SCORES, ...extra];
  return readBlocs(grids, proposeMapping(grids), { profile: TEST_PROFILE, year: 2018 });
}

describe("readBlocs votes", () => {
  it("matches award names written differently to the profile's awards", () => {
    const votes = makeGrid("Bỏ phiếu", [
      [
        "Đơn vị",
        "Hình thức khen thưởng",
        "Số phiếu phát ra",
        "Số phiếu hợp lệ",
        "Số phiếu đồng ý",
        "Số thành viên có mặt",
        "Tổng số thành viên",
      ],
      ["Tỉnh đoàn", "Cờ Chính phủ", 6, 6, 6, 6, 6],
      ["Hội Nông dân tỉnh", "Cờ thi đua của UBND tỉnh", 6, "6", " 5 ", 6, 6],
    ]);
    const result = read(votes);
    expect(result.problems).toEqual([]);
    expect(result.blocs[0]?.votes).toEqual([
      {
        unitId: "tỉnh đoàn",
        awardId: "governmentFlag",
        inFavour: 6,
        ballotsIssued: 6,
        ballotsValid: 6,
        membersPresent: 6,
        membersTotal: 6,
        location: { sheet: "Bỏ phiếu", cell: "E2" },
      },
      {
        unitId: "hội nông dân tỉnh",
        awardId: "provincialFlag",
        inFavour: 5,
        ballotsIssued: 6,
        ballotsValid: 6,
        membersPresent: 6,
        membersTotal: 6,
        location: { sheet: "Bỏ phiếu", cell: "E3" },
      },
    ]);
  });

  it("reports a vote count that is not a number, and an award it does not know, and leaves those rows out", () => {
    const votes = makeGrid("Bỏ phiếu", [
      ["Đơn vị", "Hình thức khen thưởng", "Số phiếu đồng ý"],
      ["Tỉnh đoàn", "Bằng khen UBND tỉnh", "sáu"],
      ["Hội Nông dân tỉnh", "Huân chương Lao động", 6],
    ]);
    const result = read(votes);
    expect(result.problems.map((entry) => [entry.code, entry.location?.cell])).toEqual([
      ["text.notNumber", "C2"],
      ["history.unknownAward", "B3"],
    ]);
    expect(result.blocs[0]?.votes).toEqual([]);
  });
});

describe("readBlocs conditions and history", () => {
  it("reads discipline levels in words or numbers and yes/no flags", () => {
    const conditions = makeGrid("Điều kiện", [
      ["Đơn vị", "Mức kỷ luật", "Thanh tra", "Khiếu nại", "Ghi chú"],
      ["Tỉnh đoàn", "Khiển trách", "x", "Không", "đang xác minh"],
      ["Hội Nông dân tỉnh", null, null, true, null],
    ]);
    const result = read(conditions);
    expect(result.problems).toEqual([]);
    expect(result.blocs[0]?.conditions).toEqual([
      {
        unitId: "tỉnh đoàn",
        disciplineLevel: 1,
        underInvestigation: true,
        pendingComplaint: false,
        notes: "đang xác minh",
        location: { sheet: "Điều kiện", cell: "A2" },
      },
      {
        unitId: "hội nông dân tỉnh",
        disciplineLevel: 0,
        underInvestigation: false,
        pendingComplaint: true,
        location: { sheet: "Điều kiện", cell: "A3" },
      },
    ]);
  });

  it("reports a discipline level it cannot read", () => {
    const conditions = makeGrid("Điều kiện", [
      ["Đơn vị", "Kỷ luật"],
      ["Tỉnh đoàn", "nhắc nhở miệng"],
    ]);
    expect(read(conditions).problems.map((entry) => [entry.code, entry.location?.cell])).toEqual([
      ["text.notNumber", "B2"],
    ]);
  });

  it("reads awards and grades from the history, and leaders with deputies", () => {
    const history = makeGrid("Lịch sử", [
      ["Năm", "Đơn vị", "Hình thức khen thưởng"],
      [2016, "Tỉnh đoàn", "Cờ thi đua của Chính phủ"],
      ["2017", "Tỉnh đoàn", "Hoàn thành xuất sắc nhiệm vụ"],
      [2017, "Hội Cựu chiến binh tỉnh", "Bằng khen UBND tỉnh"],
      [null, null, null],
      ["Năm", "Khối trưởng", "Khối phó"],
      [2016, "Tỉnh đoàn", "Hội Nông dân tỉnh"],
      [2017, "Sở Tư pháp", null],
    ]);
    const result = read(history);
    expect(result.blocs[0]?.awardHistory).toEqual([
      {
        year: 2016,
        unitId: "tỉnh đoàn",
        awardId: "governmentFlag",
        location: { sheet: "Lịch sử", cell: "C2" },
      },
      {
        year: 2017,
        unitId: "tỉnh đoàn",
        grade: "excellent",
        location: { sheet: "Lịch sử", cell: "C3" },
      },
    ]);
    expect(result.blocs[0]?.leaderHistory).toEqual([
      {
        year: 2016,
        leaderUnitId: "tỉnh đoàn",
        deputyUnitId: "hội nông dân tỉnh",
        location: { sheet: "Lịch sử", cell: "B7" },
      },
      { year: 2017, leaderUnitId: "sở tư pháp", location: { sheet: "Lịch sử", cell: "B8" } },
    ]);
    expect(
      result.problems.map((entry) => [entry.code, entry.severity, entry.location?.cell])
    ).toEqual([
      ["unit.unknown", "warning", "B4"],
      ["unit.unknown", "warning", "B8"],
    ]);
  });
});

describe("readBlocs layouts", () => {
  it("reads a units-as-rows scoring table with Tự chấm | Khối chấm pairs under each group", () => {
    const scores = makeGrid(
      "Tổng hợp",
      [
        ["STT", "Đơn vị", "Nhóm I (300 điểm)", null, "Nhóm II (700 điểm)", null, "Điểm thưởng"],
        [null, null, "Tự chấm", "Khối chấm", "Tự chấm", "Khối chấm", null],
        [1, "Tỉnh đoàn", 295, "290,5", 690, 650, 10],
        [2, "Hội Nông dân tỉnh", 280, 280, 640, 600, 0],
        [null, "Tổng cộng", 575, 570.5, 1330, 1250, 10],
      ],
      { merges: ["A1:A2", "B1:B2", "C1:D1", "E1:F1", "G1:G2"] }
    );
    const result = readBlocs([UNITS, scores], proposeMapping([UNITS, scores]), {
      profile: TEST_PROFILE,
      year: 2018,
    });
    expect(result.problems).toEqual([]);
    const bloc = result.blocs[0];
    expect(
      bloc?.criteria.map((criterion) => [
        criterion.id,
        criterion.title,
        criterion.group,
        criterion.maxPoints,
      ])
    ).toEqual([
      ["I", "Nhóm I", "I", 300],
      ["II", "Nhóm II", "II", 700],
    ]);
    expect(bloc?.scores[0]).toEqual({
      unitId: "tỉnh đoàn",
      criteria: [
        { criterionId: "I", self: 295, bloc: 290.5, location: { sheet: "Tổng hợp", cell: "D3" } },
        { criterionId: "II", self: 690, bloc: 650, location: { sheet: "Tổng hợp", cell: "F3" } },
      ],
      bonus: { self: null, bloc: 10, location: { sheet: "Tổng hợp", cell: "G3" } },
    });
    expect(bloc?.scores).toHaveLength(2);
  });

  it("reads a quantitative criterion's target and each unit's achieved value", () => {
    const scores = makeGrid("Điểm", [
      ["STT", "Tiêu chí", "Điểm chuẩn", "Chỉ tiêu", "Tỉnh đoàn", "Hội Nông dân tỉnh"],
      [1, "Kết nạp hội viên mới", 100, 500, 520, "450"],
      [2, "Số vụ vi phạm", 50, "≤ 2", 1, 3],
      [3, "Tuyên truyền", 50, null, 45, 40],
    ]);
    const result = readBlocs([UNITS, scores], proposeMapping([UNITS, scores]), {
      profile: TEST_PROFILE,
      year: 2018,
    });
    expect(result.problems).toEqual([]);
    const bloc = result.blocs[0];
    expect(bloc?.criteria.map((criterion) => criterion.quantitative)).toEqual([
      { target: 500, lowerIsBetter: false },
      { target: 2, lowerIsBetter: true },
      undefined,
    ]);
    expect(bloc?.scores[1]?.criteria.map((score) => [score.actual, score.bloc])).toEqual([
      [450, undefined],
      [3, undefined],
      [undefined, 40],
    ]);
  });

  it("splits a province-scale workbook into one bloc per value of the units table's bloc column", () => {
    const units = makeGrid("Đơn vị", [
      ["STT", "Tên đơn vị", "Khối thi đua"],
      [1, "Tỉnh đoàn", "Khối Đoàn thể"],
      [2, "Hội Nông dân tỉnh", "Khối Đoàn thể"],
      [3, "Sở Tư pháp", "Khối Nội chính"],
      [4, "Công an tỉnh", "khối  nội chính"],
    ]);
    const scores = makeGrid("Điểm", [
      [
        "STT",
        "Tiêu chí",
        "Điểm chuẩn",
        "Tỉnh đoàn",
        "Hội Nông dân tỉnh",
        "Sở Tư pháp",
        "Công an tỉnh",
      ],
      [1, "Tuyên truyền", 100, 90, 80, 70, 60],
    ]);
    const votes = makeGrid("Phiếu", [
      ["Đơn vị", "Hình thức khen thưởng", "Số phiếu đồng ý"],
      ["Sở Tư pháp", "Cờ Chính phủ", 2],
    ]);
    const grids = [units, scores, votes];
    const result = readBlocs(grids, proposeMapping(grids), { profile: TEST_PROFILE, year: 2018 });
    expect(result.problems).toEqual([]);
    expect(
      result.blocs.map((bloc) => [
        bloc.blocName,
        bloc.units.map((unit) => unit.id),
        bloc.scores.length,
        bloc.votes.length,
      ])
    ).toEqual([
      ["Khối Đoàn thể", ["tỉnh đoàn", "hội nông dân tỉnh"], 2, 0],
      ["Khối Nội chính", ["sở tư pháp", "công an tỉnh"], 2, 1],
    ]);
    expect(result.blocs[1]?.criteria).toHaveLength(1);
  });

  it("reports a mapped sheet that no longer exists and reads the rest", () => {
    const mapping = proposeMapping([UNITS, SCORES]);
    const result = readBlocs([SCORES], mapping, { profile: TEST_PROFILE, year: 2018 });
    expect(result.problems.map((entry) => [entry.code, entry.location?.sheet])).toEqual([
      ["sheet.notFound", "Đơn vị"],
      ["sheet.notFound", undefined],
    ]);
    expect(result.blocs[0]?.units).toHaveLength(2);
  });
});
