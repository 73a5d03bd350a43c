import { detectTables } from "../../src/sheets/detectTables";
import { makeGrid } from "./helpers/grid";
import { criteriaSheet, SEED_UNITS, unitsSheet } from "./helpers/seedWorkbook";

describe("detectTables", () => {
  it("finds a clean units table at the top of a sheet", () => {
    const grid = makeGrid("Units", [
      ["STT", "Tên đơn vị", "Ghi chú"],
      [1, "Tỉnh đoàn", null],
      [2, "Hội Nông dân tỉnh", null],
    ]);
    const [table, ...others] = detectTables([grid]);
    expect(others).toHaveLength(0);
    expect(table).toMatchObject({
      kind: "units",
      sheetName: "Units",
      headerRow: 1,
      firstDataRow: 2,
      lastDataRow: 3,
    });
    expect(table?.columns.name).toEqual({ column: 2, confidence: 1 });
    expect(table?.columns.stt?.column).toBe(1);
    expect(table?.columns.notes?.column).toBe(3);
  });

  it("steps over a merged title, a blank spacer row and leaves out the Tổng cộng row", () => {
    const [table] = detectTables([unitsSheet()]);
    expect(table).toMatchObject({ kind: "units", headerRow: 3, firstDataRow: 4, lastDataRow: 9 });
    expect(
      Object.fromEntries(
        Object.entries(table?.columns ?? {}).map(([field, choice]) => [field, choice.column])
      )
    ).toEqual({
      stt: 1,
      name: 2,
      shortName: 3,
      rotationOrder: 4,
      womenShare: 5,
      headName: 6,
      headTitle: 7,
    });
  });

  it("reads a two-row header with each unit's name merged over Tự chấm | Khối chấm", () => {
    const [table] = detectTables([criteriaSheet(SEED_UNITS.slice(0, 2))]);
    expect(table).toMatchObject({
      kind: "scores",
      layout: "criteriaAsRows",
      headerTop: 3,
      headerRow: 4,
      firstDataRow: 5,
      lastDataRow: 11,
    });
    expect(table?.columns.criterion?.column).toBe(2);
    expect(table?.columns.maxPoints?.column).toBe(3);
    expect(table?.unitColumns).toEqual([
      {
        unitName: "Hội Liên hiệp Phụ nữ tỉnh",
        selfColumn: 4,
        blocColumn: 5,
        nameCell: { row: 3, column: 4 },
      },
      {
        unitName: "Liên đoàn Lao động tỉnh",
        selfColumn: 6,
        blocColumn: 7,
        nameCell: { row: 3, column: 6 },
      },
    ]);
  });

  it("reads a two-row header without merged cells, the unit's name written over its Tự chấm column", () => {
    const grid = makeGrid("Điểm", [
      ["STT", "Nội dung", "Điểm chuẩn", "Tỉnh đoàn", null, "Hội Nông dân tỉnh", null],
      [null, null, null, "Tự chấm", "Khối chấm", "Tự chấm", "Khối chấm"],
      [1, "Tuyên truyền", 100, 90, 88, 80, 79],
    ]);
    const [table] = detectTables([grid]);
    expect(table).toMatchObject({ kind: "scores", headerTop: 1, headerRow: 2, firstDataRow: 3 });
    expect(
      table?.unitColumns?.map((unit) => [unit.unitName, unit.selfColumn, unit.blocColumn])
    ).toEqual([
      ["Tỉnh đoàn", 4, 5],
      ["Hội Nông dân tỉnh", 6, 7],
    ]);
  });

  it("takes a single column under a unit's name as the bloc's score", () => {
    const grid = makeGrid("Điểm", [
      ["TT", "Tiêu chí", "Điểm tối đa", "Tỉnh đoàn", "Hội Nông dân tỉnh"],
      [1, "Tuyên truyền", 100, 90, 80],
      [2, "Tổ chức", 100, 95, 85],
    ]);
    const [table] = detectTables([grid]);
    expect(table?.layout).toBe("criteriaAsRows");
    expect(
      table?.unitColumns?.map((unit) => [unit.unitName, unit.selfColumn, unit.blocColumn])
    ).toEqual([
      ["Tỉnh đoàn", null, 4],
      ["Hội Nông dân tỉnh", null, 5],
    ]);
  });

  it("recognises headers typed without diacritics", () => {
    const grid = makeGrid("DV", [
      ["STT", "Ten don vi", "Ty le nu", "Thu tu luan phien"],
      [1, "Tinh doan", 0.5, 1],
    ]);
    const [table] = detectTables([grid]);
    expect(table?.kind).toBe("units");
    expect(table?.columns.name?.column).toBe(2);
    expect(table?.columns.womenShare?.column).toBe(3);
    expect(table?.columns.rotationOrder?.column).toBe(4);
  });

  it("recognises English headers of any case", () => {
    const units = makeGrid("Units", [
      ["No.", "UNIT NAME", "Women %", "Rotation order", "Bloc"],
      [1, "Provincial Youth Union", "60%", 1, "Bloc A"],
    ]);
    const votes = makeGrid("Votes", [
      ["Unit", "Award", "Votes in favour", "Present", "Members"],
      ["Provincial Youth Union", "Government flag", 6, 6, 6],
    ]);
    const [unitsTable, votesTable] = detectTables([units, votes]);
    expect(unitsTable?.kind).toBe("units");
    expect(unitsTable?.columns.bloc?.column).toBe(5);
    expect(votesTable?.kind).toBe("votes");
    expect(votesTable?.columns).toMatchObject({
      unit: { column: 1 },
      award: { column: 2 },
      inFavour: { column: 3 },
      membersPresent: { column: 4 },
      membersTotal: { column: 5 },
    });
  });

  it("reads a units-as-rows scoring table with maximum points in the header", () => {
    const grid = makeGrid("Tổng hợp", [
      [
        "STT",
        "Đơn vị",
        "Nhóm I (300 điểm)",
        "Nhóm II (700 điểm)",
        "Điểm thưởng",
        "Điểm trừ",
        "Tổng điểm",
        "Xếp hạng",
      ],
      [1, "Tỉnh đoàn", 290, 650, 10, 0, 950, 1],
      [2, "Hội Nông dân tỉnh", 280, 640, 5, 5, 920, 2],
    ]);
    const [table] = detectTables([grid]);
    expect(table).toMatchObject({
      kind: "scores",
      layout: "unitsAsRows",
      firstDataRow: 2,
      lastDataRow: 3,
    });
    expect(table?.columns.unit?.column).toBe(2);
    expect(
      table?.scoreColumns?.map((group) => [
        group.title,
        group.role,
        group.maxPoints,
        group.blocColumn,
      ])
    ).toEqual([
      ["Nhóm I", "criterion", 300, 3],
      ["Nhóm II", "criterion", 700, 4],
      ["Điểm thưởng", "bonus", null, 5],
      ["Điểm trừ", "deduction", null, 6],
      ["Tổng điểm", "total", null, 7],
    ]);
  });

  it("takes maximum points from a Điểm chuẩn row under a units-as-rows header", () => {
    const grid = makeGrid("Tổng hợp", [
      ["STT", "Đơn vị", "Tiêu chí 1", "Tiêu chí 2"],
      [null, "Điểm chuẩn", 40, 60],
      [1, "Tỉnh đoàn", 35, 55],
    ]);
    const [table] = detectTables([grid]);
    expect(table?.firstDataRow).toBe(3);
    expect(table?.scoreColumns?.map((group) => group.maxPoints)).toEqual([40, 60]);
  });

  it("reads the header of an Excel Table directly, wherever the used range starts", () => {
    const grid = makeGrid(
      "Phiếu",
      [
        ["KẾT QUẢ BỎ PHIẾU", null, null, null],
        ["Đơn vị", "Hình thức khen thưởng", "Số phiếu đồng ý", "Số phiếu hợp lệ"],
        ["Tỉnh đoàn", "Cờ Chính phủ", 6, 6],
        ["Hội Nông dân tỉnh", "Bằng khen UBND tỉnh", 5, 6],
      ],
      { originRow: 4, originColumn: 2, tables: [{ name: "BangPhieu", range: "B5:E7" }] }
    );
    const [table, ...others] = detectTables([grid]);
    expect(others).toHaveLength(0);
    expect(table).toMatchObject({
      kind: "votes",
      excelTable: "BangPhieu",
      headerRow: 5,
      firstDataRow: 6,
      lastDataRow: 7,
    });
    expect(table?.columns.unit?.column).toBe(2);
    expect(table?.columns.ballotsValid?.column).toBe(5);
  });

  it("finds the conditions and both history tables", () => {
    const conditions = makeGrid("Điều kiện", [
      ["STT", "Đơn vị", "Mức kỷ luật", "Đang thanh tra, điều tra", "Khiếu nại, tố cáo", "Ghi chú"],
      [1, "Tỉnh đoàn", 0, null, null, null],
    ]);
    const history = makeGrid("Lịch sử", [
      ["Năm", "Đơn vị", "Hình thức khen thưởng"],
      [2017, "Tỉnh đoàn", "Cờ thi đua của UBND tỉnh"],
      [null, null, null],
      ["Năm", "Khối trưởng", "Khối phó"],
      [2017, "Tỉnh đoàn", "Hội Nông dân tỉnh"],
      [2018, "Hội Nông dân tỉnh", "Tỉnh đoàn"],
    ]);
    const tables = detectTables([conditions, history]);
    expect(tables.map((table) => [table.kind, table.headerRow, table.lastDataRow])).toEqual([
      ["conditions", 1, 2],
      ["awardHistory", 1, 2],
      ["leaderHistory", 4, 6],
    ]);
    expect(tables[0]?.columns).toMatchObject({
      discipline: { column: 3 },
      investigation: { column: 4 },
      complaint: { column: 5 },
      notes: { column: 6 },
    });
    expect(tables[2]?.columns).toMatchObject({
      year: { column: 1 },
      leader: { column: 2 },
      deputy: { column: 3 },
    });
  });

  it("skips a column-numbering row under the header", () => {
    const grid = makeGrid("DS", [
      ["STT", "Tên đơn vị", "Tên viết tắt"],
      ["(1)", "(2)", "(3)"],
      [1, "Liên đoàn Lao động tỉnh", "LĐLĐ tỉnh"],
    ]);
    expect(detectTables([grid])[0]).toMatchObject({ firstDataRow: 3, lastDataRow: 3 });
  });

  it("finds nothing on a sheet of prose or numbers", () => {
    const prose = makeGrid("Ghi chú", [
      ["Biên bản họp khối thi đua năm 2018"],
      ["Thành phần: lãnh đạo các đơn vị"],
    ]);
    const numbers = makeGrid("Số", [
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect(detectTables([prose, numbers])).toEqual([]);
  });

  it("ignores the add-in's own configuration sheet", () => {
    const grid = makeGrid("ThiDua_CauHinh", [
      ["STT", "Tên đơn vị"],
      [1, "Tỉnh đoàn"],
    ]);
    expect(detectTables([grid])).toEqual([]);
  });
});
