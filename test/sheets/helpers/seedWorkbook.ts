import type { CellValue, Grid } from "../../../src/sheets/grid";
import { makeGrid } from "./grid";

/** The seed's units, as the units sheet writes them. */
export const SEED_UNITS = [
  "Hội Liên hiệp Phụ nữ tỉnh",
  "Liên đoàn Lao động tỉnh",
  "Tỉnh đoàn",
  "Hội Nông dân tỉnh",
  "Hội Cựu chiến binh tỉnh",
  "Ủy ban MTTQ tỉnh",
] as const;

/** A units sheet: a merged title, a blank spacer row, the header on row 3, a "Tổng cộng" row. */
export function unitsSheet(names: readonly string[] = SEED_UNITS): Grid {
  return makeGrid(
    "Đơn vị",
    [
      [
        "DANH SÁCH ĐƠN VỊ KHỐI THI ĐUA CÁC TỔ CHỨC CHÍNH TRỊ - XÃ HỘI TỈNH NĂM 2018",
        null,
        null,
        null,
        null,
        null,
        null,
      ],
      [null, null, null, null, null, null, null],
      [
        "STT",
        "Tên đơn vị",
        "Tên viết tắt",
        "Thứ tự luân phiên",
        "Tỷ lệ nữ",
        "Người đứng đầu",
        "Chức vụ",
      ],
      ...names.map((name, index): CellValue[] => [
        index + 1,
        name,
        null,
        index + 1,
        index === 0 ? "85%" : 0.4,
        `Người ${index + 1}`,
        "Chủ tịch",
      ]),
      [null, "Tổng cộng", null, null, null, null, null],
    ],
    { merges: ["A1:G1"] }
  );
}

/**
 * A criteria-as-rows scoring sheet: title, spacer, two-row header with each unit's name merged
 * over "Tự chấm | Khối chấm", groups I and II, bonus and deduction rows, a "Tổng cộng" row.
 * `bloc[i]` is the bloc score of unit i on every criterion, as written in the cells.
 */
export function criteriaSheet(
  units: readonly string[],
  cell: (unit: number, criterion: number) => CellValue = (unit) => 100 - unit
): Grid {
  const width = 3 + 2 * units.length;
  const row = (...start: CellValue[]): CellValue[] => [
    ...start,
    ...Array<CellValue>(width - start.length).fill(null),
  ];
  const pairs = (criterion: number): CellValue[] =>
    units.flatMap((_, unit) => [cell(unit, criterion), cell(unit, criterion)]);
  const header1 = row("STT", "Nội dung tiêu chí", "Điểm chuẩn");
  const header2 = row(null, null, null);
  units.forEach((name, unit) => {
    header1[3 + 2 * unit] = name;
    header2[3 + 2 * unit] = "Tự chấm";
    header2[4 + 2 * unit] = "Khối chấm";
  });
  const letter = (column: number): string => String.fromCharCode(64 + column);
  const merges = [
    "A1:" + letter(width) + "1",
    "A3:A4",
    "B3:B4",
    "C3:C4",
    ...units.map((_, unit) => `${letter(4 + 2 * unit)}3:${letter(5 + 2 * unit)}3`),
  ];
  return makeGrid(
    "Chấm điểm",
    [
      row("BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM THI ĐUA NĂM 2018"),
      row(),
      header1,
      header2,
      row("I", "Công tác tuyên truyền", 300),
      [1, "Tuyên truyền nghị quyết", 150, ...pairs(0)],
      [2, "Phát triển hội viên", 150, ...pairs(1)],
      row("II", "Công tác chuyên môn", 700),
      [1, "Thực hiện nhiệm vụ chuyên môn", 700, ...pairs(2)],
      [null, "Điểm thưởng", null, ...units.flatMap(() => [5, 5])],
      [null, "Điểm trừ", null, ...units.flatMap(() => [0, 2])],
      row(null, "Tổng cộng", 1000),
    ],
    { merges }
  );
}
