import type ExcelJS from "exceljs";
import { SEED_BLOC_2018_PROFILE } from "../../src/core/profile";
import { EMPTY_CONFIGURATION, serializeConfiguration } from "../../src/job/configuration";
import { CONFIGURATION_SHEET_NAME, configurationToRows } from "../../src/sheets/configurationSheet";
import { criterionMaxima, BLOC_NAME, SEED_GROUPS, SEED_UNITS, spreadPoints } from "./seedBloc";
import {
  columnLetter,
  printLayout,
  sampleBytes,
  sampleWorkbook,
  setWidths,
  writeHeader,
  writeRow,
  writeTitle,
  type SampleValue,
} from "./sampleSheets";

const DATE = new Date(Date.UTC(2018, 11, 5));

/** The bloc's scores for 2018, in rotation order: total = criteria + bonus − deduction. */
const SCORES = [
  { total: 961, bonus: 10, deduction: 0 },
  { total: 985.5, bonus: 20, deduction: 0 },
  { total: 972, bonus: 15, deduction: 0 },
  { total: 955.5, bonus: 10, deduction: 2 },
  { total: 948, bonus: 5, deduction: 0 },
  { total: 940, bonus: 5, deduction: 3 },
] as const;

const GOVERNMENT_FLAG = "Cờ thi đua của Chính phủ";
const PROVINCIAL_FLAG = "Cờ thi đua của UBND tỉnh";
const CERTIFICATE = "Bằng khen của Chủ tịch UBND tỉnh";
const EXCELLENT = "Hoàn thành xuất sắc nhiệm vụ";

function unitName(index: number): string {
  return SEED_UNITS[index]?.name ?? "";
}

function addUnits(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet("Đơn vị");
  writeTitle(sheet, 1, "DANH SÁCH CÁC ĐƠN VỊ THÀNH VIÊN KHỐI THI ĐUA NĂM 2018", 7);
  writeHeader(sheet, 3, [
    "STT",
    "Tên đơn vị",
    "Tên viết tắt",
    "Thứ tự luân phiên",
    "Tỷ lệ nữ (%)",
    "Người đứng đầu",
    "Chức vụ",
  ]);
  SEED_UNITS.forEach((unit, index) => {
    writeRow(sheet, 4 + index, [
      index + 1,
      unit.name,
      unit.shortName,
      index + 1,
      unit.womenPercent,
      unit.headName,
      unit.headTitle,
    ]);
  });
  setWidths(sheet, [6, 32, 16, 12, 10, 24, 12]);
}

/** The scoring table, criteria as rows, a Tự chấm | Khối chấm pair under each unit's merged name. */
function addScores(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet("Chấm điểm", {
    views: [{ state: "frozen", xSplit: 3, ySplit: 5 }],
  });
  const lastColumn = 3 + 2 * SEED_UNITS.length;
  writeTitle(sheet, 1, BLOC_NAME, lastColumn, 13);
  writeTitle(sheet, 2, "BẢNG CHẤM ĐIỂM THI ĐUA NĂM 2018", lastColumn);
  writeHeader(sheet, 4, [
    "STT",
    "Nội dung tiêu chí",
    "Điểm chuẩn",
    ...SEED_UNITS.flatMap((unit) => [unit.name, null]),
  ]);
  writeHeader(sheet, 5, [null, null, null, ...SEED_UNITS.flatMap(() => ["Tự chấm", "Khối chấm"])]);
  for (const column of [1, 2, 3]) sheet.mergeCells(4, column, 5, column);
  SEED_UNITS.forEach((_, index) => sheet.mergeCells(4, 4 + 2 * index, 4, 5 + 2 * index));

  const maxima = criterionMaxima();
  const bloc = SCORES.map((score) =>
    spreadPoints(score.total - score.bonus + score.deduction, maxima)
  );
  const self = bloc.map((points) =>
    points.map((value, index) => Math.min(maxima[index] ?? 0, value + 0.5))
  );
  const unitColumns = (row: (unit: number, selfColumn: boolean) => SampleValue): SampleValue[] =>
    SEED_UNITS.flatMap((_, unit) => [row(unit, true), row(unit, false)]);

  let row = 6;
  let criterion = 0;
  const groupRows: number[] = [];
  for (const group of SEED_GROUPS) {
    const groupRow = row;
    groupRows.push(groupRow);
    const first = criterion;
    const last = criterion + group.criteria.length - 1;
    const sumOf = (points: readonly number[]): number =>
      points.slice(first, last + 1).reduce((sum, value) => sum + value, 0);
    writeRow(
      sheet,
      groupRow,
      [
        group.code,
        group.title,
        group.criteria.reduce((sum, item) => sum + item.maxPoints, 0),
        ...unitColumns((unit, isSelf) => {
          const column = columnLetter(isSelf ? 4 + 2 * unit : 5 + 2 * unit);
          return {
            formula: `SUM(${column}${groupRow + 1}:${column}${groupRow + group.criteria.length})`,
            result: sumOf((isSelf ? self : bloc)[unit] ?? []),
          };
        }),
      ],
      true
    );
    row += 1;
    for (const item of group.criteria) {
      const index = criterion;
      writeRow(sheet, row, [
        index + 1,
        item.title,
        item.maxPoints,
        ...unitColumns((unit, isSelf) => (isSelf ? self : bloc)[unit]?.[index] ?? null),
      ]);
      criterion += 1;
      row += 1;
    }
  }
  const bonusRow = row;
  const deductionRow = row + 1;
  const totalRow = row + 2;
  writeRow(sheet, bonusRow, [
    null,
    "Điểm thưởng",
    null,
    ...unitColumns((unit) => SCORES[unit]?.bonus ?? 0),
  ]);
  writeRow(sheet, deductionRow, [
    null,
    "Điểm trừ",
    null,
    ...unitColumns((unit) => SCORES[unit]?.deduction ?? 0),
  ]);
  const total = (column: string): string =>
    `${groupRows.map((groupRow) => `${column}${groupRow}`).join("+")}+${column}${bonusRow}-${column}${deductionRow}`;
  writeRow(
    sheet,
    totalRow,
    [
      null,
      "Tổng cộng",
      { formula: `SUM(${groupRows.map((groupRow) => `C${groupRow}`).join(",")})`, result: 1000 },
      ...unitColumns((unit, isSelf) => {
        const score = SCORES[unit];
        const points = (isSelf ? self : bloc)[unit] ?? [];
        const result =
          points.reduce((sum, value) => sum + value, 0) +
          (score?.bonus ?? 0) -
          (score?.deduction ?? 0);
        return { formula: total(columnLetter(isSelf ? 4 + 2 * unit : 5 + 2 * unit)), result };
      }),
    ],
    true
  );
  setWidths(sheet, [6, 48, 10, ...SEED_UNITS.flatMap(() => [9, 9])]);
  sheet.getRow(4).height = 48;
  printLayout(sheet, "4:5");
}

function addVotes(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet("Bỏ phiếu");
  writeTitle(sheet, 1, "KẾT QUẢ BỎ PHIẾU ĐỀ NGHỊ KHEN THƯỞNG NĂM 2018", 8);
  writeHeader(sheet, 3, [
    "STT",
    "Đơn vị",
    "Hình thức khen thưởng",
    "Số phiếu đồng ý",
    "Số phiếu phát ra",
    "Số phiếu hợp lệ",
    "Số thành viên có mặt",
    "Tổng số thành viên",
  ]);
  const proposals: [number, string][] = [
    [1, GOVERNMENT_FLAG],
    [2, PROVINCIAL_FLAG],
    [0, CERTIFICATE],
    [3, CERTIFICATE],
    [4, CERTIFICATE],
    [5, CERTIFICATE],
  ];
  proposals.forEach(([unit, award], index) =>
    writeRow(sheet, 4 + index, [index + 1, unitName(unit), award, 6, 6, 6, 6, 6])
  );
  setWidths(sheet, [6, 32, 34, 11, 11, 11, 12, 12]);
}

function addConditions(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet("Điều kiện");
  writeTitle(sheet, 1, "ĐIỀU KIỆN XÉT ĐỀ NGHỊ KHEN THƯỞNG NĂM 2018", 5);
  writeHeader(sheet, 3, [
    "Đơn vị",
    "Mức kỷ luật",
    "Đang thanh tra, điều tra",
    "Có khiếu nại",
    "Ghi chú",
  ]);
  SEED_UNITS.forEach((unit, index) =>
    writeRow(sheet, 4 + index, [unit.name, 0, "Không", "Không", null])
  );
  setWidths(sheet, [32, 12, 16, 12, 24]);
}

/** The award history as an Excel Table, as some secretariats keep it. */
function addAwardHistory(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet("Lịch sử khen thưởng");
  writeTitle(sheet, 1, "KẾT QUẢ THI ĐUA, KHEN THƯỞNG CÁC NĂM TRƯỚC", 3);
  const rows: [number, string, string][] = [
    ...SEED_UNITS.map((unit): [number, string, string] => [2016, unit.name, EXCELLENT]),
    ...SEED_UNITS.map((unit): [number, string, string] => [2017, unit.name, EXCELLENT]),
    [2017, unitName(1), PROVINCIAL_FLAG],
  ];
  sheet.addTable({
    name: "LichSuKhenThuong",
    ref: "A3",
    headerRow: true,
    style: { theme: "TableStyleLight9", showRowStripes: true },
    columns: [{ name: "Năm" }, { name: "Đơn vị" }, { name: "Hình thức khen thưởng" }],
    rows,
  });
  setWidths(sheet, [8, 32, 36]);
}

function addLeaders(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet("Khối trưởng");
  writeTitle(sheet, 1, "KHỐI TRƯỞNG, KHỐI PHÓ QUA CÁC NĂM", 3);
  writeHeader(sheet, 3, ["Năm", "Khối trưởng", "Khối phó"]);
  writeRow(sheet, 4, [2016, unitName(4), null]);
  writeRow(sheet, 5, [2017, unitName(2), null]);
  writeRow(sheet, 6, [2018, unitName(0), null]);
  setWidths(sheet, [8, 32, 32]);
}

/** `samples/seed-2018.xlsx`: the seed's 2018 bloc (SPEC §1, §7), clean and complete. */
/** The bloc keeps the 2018 rules in the workbook, as the add-in stores them. */
function addConfiguration(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet(CONFIGURATION_SHEET_NAME);
  const json = serializeConfiguration({
    ...EMPTY_CONFIGURATION,
    profile: SEED_BLOC_2018_PROFILE,
    document: { agency: BLOC_NAME, signerTitle: "Khối trưởng", signerCapacity: "TM. Khối thi đua" },
  });
  configurationToRows(json).forEach((row, rowIndex) =>
    row.forEach((value, columnIndex) => {
      if (value !== null) sheet.getCell(rowIndex + 1, columnIndex + 1).value = value;
    })
  );
  sheet.getColumn(1).width = 120;
}

export async function makeSeed2018(): Promise<Uint8Array> {
  const workbook = sampleWorkbook(DATE);
  addUnits(workbook);
  addScores(workbook);
  addVotes(workbook);
  addConditions(workbook);
  addAwardHistory(workbook);
  addLeaders(workbook);
  addConfiguration(workbook);
  return sampleBytes(workbook, DATE);
}
