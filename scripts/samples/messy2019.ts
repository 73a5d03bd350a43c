import type ExcelJS from "exceljs";
import type { ProblemCode } from "../../src/core/problem";
import { BLOC_NAME, criterionMaxima, SEED_GROUPS, SEED_UNITS, spreadPoints } from "./seedBloc";
import {
  columnLetter,
  sampleBytes,
  sampleWorkbook,
  setWidths,
  writeHeader,
  writeRow,
  writeTitle,
  type SampleValue,
} from "./sampleSheets";

const DATE = new Date(Date.UTC(2019, 11, 10));

/** A problem planted on purpose, where a reader must find it. */
export interface PlantedProblem {
  readonly code: ProblemCode;
  readonly sheet: string;
  readonly cell: string;
}

const SHEETS = {
  units: "DS đơn vị",
  scores: "Chấm điểm 2019",
  votes: "Bỏ phiếu 2019",
  conditions: "Conditions",
  awards: "Lịch sử KT",
  leaders: "Khối trưởng",
} as const;

/** 2019 scores, in rotation order. */
const SCORES = [
  { total: 969, bonus: 10, deduction: 0 },
  { total: 978, bonus: 15, deduction: 0 },
  { total: 981.5, bonus: 20, deduction: 0 },
  { total: 962, bonus: 10, deduction: 1 },
  { total: 950.5, bonus: 5, deduction: 0 },
  { total: 944, bonus: 5, deduction: 2 },
] as const;

const CERTIFICATE = "Bằng khen của Chủ tịch UBND tỉnh";
const EXCELLENT = "Hoàn thành xuất sắc nhiệm vụ";

function unitName(index: number): string {
  return SEED_UNITS[index]?.name ?? "";
}

/** "95,5" for 95.5: a number typed as text with a Vietnamese decimal comma. */
function commaText(value: number): string {
  return String(value).replace(".", ",");
}

function addUnits(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet(SHEETS.units);
  sheet.getCell("A1").value = "UỶ BAN MTTQ VIỆT NAM TỈNH";
  sheet.getCell("A1").font = { name: "Times New Roman", size: 12, bold: true };
  writeTitle(sheet, 2, "DANH SÁCH ĐƠN VỊ KHỐI THI ĐUA NĂM 2019", 7);
  writeHeader(sheet, 4, [
    "TT",
    "Tên đơn vị",
    "Viết tắt",
    "Luân phiên",
    "Tỷ lệ nữ (%)",
    "Thủ trưởng đơn vị",
    "Chức vụ",
  ]);
  const names = ["Uỷ ban MTTQ Việt Nam tỉnh", ...SEED_UNITS.slice(1).map((unit) => unit.name)];
  const women: SampleValue[] = ["35,5", 92, "48", " 45 ", 30, "10"];
  SEED_UNITS.forEach((unit, index) => {
    writeRow(sheet, 5 + index, [
      index + 1,
      names[index] ?? "",
      unit.shortName,
      index + 1,
      women[index] ?? null,
      unit.headName,
      unit.headTitle,
    ]);
  });
  sheet.getCell("A12").value = "Ghi chú: thứ tự luân phiên theo Quy chế hoạt động của Khối.";
  sheet.getCell("A12").font = { name: "Times New Roman", size: 12, italic: true };
  setWidths(sheet, [5, 32, 16, 11, 10, 24, 12]);
}

/**
 * The scoring table, criteria as rows, with two title rows, a blank row, a two-row merged header,
 * unit names written differently from the units sheet, some scores typed as text, and three
 * planted problems: a criterion without a maximum, a score above its maximum, a score "chưa chấm".
 */
function addScores(workbook: ExcelJS.Workbook, planted: PlantedProblem[]): void {
  const sheet = workbook.addWorksheet(SHEETS.scores);
  const names = [
    "Ủy ban MTTQ Việt Nam tỉnh",
    "Hội Liên hiệp Phụ nữ tỉnh".normalize("NFD"),
    "Liên đoàn Lao động Tỉnh",
    "TỈNH ĐOÀN",
    "Hội Nông dân tỉnh",
    "Hội  cựu chiến binh Tỉnh",
  ];
  const lastColumn = 3 + 2 * names.length;
  writeTitle(sheet, 1, BLOC_NAME, lastColumn, 13);
  writeTitle(sheet, 2, "BẢNG TỔNG HỢP CHẤM ĐIỂM THI ĐUA NĂM 2019", lastColumn);
  writeHeader(sheet, 4, [
    "TT",
    "Nội dung chấm điểm",
    "Điểm tối đa",
    ...names.flatMap((name) => [name, null]),
  ]);
  writeHeader(sheet, 5, [null, null, null, ...names.flatMap(() => ["TC", "KC"])]);
  for (const column of [1, 2, 3]) sheet.mergeCells(4, column, 5, column);
  names.forEach((_, index) => sheet.mergeCells(4, 4 + 2 * index, 4, 5 + 2 * index));

  const maxima = criterionMaxima();
  const bloc = SCORES.map((score) =>
    spreadPoints(score.total - score.bonus + score.deduction, maxima)
  );
  const self = bloc.map((points) =>
    points.map((value, index) => Math.min(maxima[index] ?? 0, value + 1))
  );
  const selfColumn = (unit: number): number => 4 + 2 * unit;
  const blocColumn = (unit: number): number => 5 + 2 * unit;
  /** Cells typed by hand: [criterion index, unit, is bloc column] → what was typed. */
  const typed = new Map<string, SampleValue>();
  const key = (criterion: number, unit: number, isBloc: boolean): string =>
    `${criterion}:${unit}:${isBloc}`;
  const missingMaximum = 6;
  const aboveMaximum = { criterion: 9, unit: 2 };
  const notNumber = { criterion: 4, unit: 4 };
  typed.set(
    key(aboveMaximum.criterion, aboveMaximum.unit, true),
    (maxima[aboveMaximum.criterion] ?? 0) + 5
  );
  typed.set(key(notNumber.criterion, notNumber.unit, true), "chưa chấm");
  bloc[1]?.forEach((value, criterion) => {
    if (!Number.isInteger(value)) typed.set(key(criterion, 1, true), commaText(value));
  });
  typed.set(key(0, 3, true), ` ${bloc[3]?.[0] ?? 0} `);
  typed.set(key(1, 3, false), commaText(self[3]?.[1] ?? 0));

  /** What each score cell holds, and what Excel's SUM counts of it (text is not counted). */
  const cell = (criterion: number, unit: number, isBloc: boolean): SampleValue =>
    typed.get(key(criterion, unit, isBloc)) ?? (isBloc ? bloc : self)[unit]?.[criterion] ?? null;
  const counted = (criterion: number, unit: number, isBloc: boolean): number => {
    const value = cell(criterion, unit, isBloc);
    return typeof value === "number" ? value : 0;
  };
  const unitColumns = (row: (unit: number, isBloc: boolean) => SampleValue): SampleValue[] =>
    names.flatMap((_, unit) => [row(unit, false), row(unit, true)]);

  let row = 6;
  let criterion = 0;
  const groupRows: number[] = [];
  for (const group of SEED_GROUPS) {
    const groupRow = row;
    const first = criterion;
    groupRows.push(groupRow);
    writeRow(
      sheet,
      groupRow,
      [
        group.code,
        group.title.toUpperCase(),
        group.criteria.reduce((sum, item) => sum + item.maxPoints, 0),
        ...unitColumns((unit, isBloc) => {
          const letter = columnLetter(isBloc ? blocColumn(unit) : selfColumn(unit));
          let result = 0;
          for (let index = first; index < first + group.criteria.length; index += 1)
            result += counted(index, unit, isBloc);
          return {
            formula: `SUM(${letter}${groupRow + 1}:${letter}${groupRow + group.criteria.length})`,
            result,
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
        index === missingMaximum ? null : item.maxPoints,
        ...unitColumns((unit, isBloc) => cell(index, unit, isBloc)),
      ]);
      if (index === missingMaximum)
        planted.push({ code: "criterion.noMaximum", sheet: SHEETS.scores, cell: `C${row}` });
      if (index === aboveMaximum.criterion) {
        planted.push({
          code: "score.aboveMaximum",
          sheet: SHEETS.scores,
          cell: `${columnLetter(blocColumn(aboveMaximum.unit))}${row}`,
        });
      }
      if (index === notNumber.criterion) {
        planted.push({
          code: "score.notNumber",
          sheet: SHEETS.scores,
          cell: `${columnLetter(blocColumn(notNumber.unit))}${row}`,
        });
      }
      criterion += 1;
      row += 1;
    }
  }
  const bonusRow = row;
  const deductionRow = row + 1;
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
    ...unitColumns((unit) => SCORES[unit]?.deduction ?? null),
  ]);
  writeRow(
    sheet,
    row + 2,
    [
      null,
      "Tổng cộng",
      { formula: `SUM(${groupRows.map((groupRow) => `C${groupRow}`).join(",")})`, result: 1000 },
      ...unitColumns((unit, isBloc) => {
        const letter = columnLetter(isBloc ? blocColumn(unit) : selfColumn(unit));
        let result = (SCORES[unit]?.bonus ?? 0) - (SCORES[unit]?.deduction ?? 0);
        for (let index = 0; index < criterion; index += 1) result += counted(index, unit, isBloc);
        const formula = `${groupRows.map((groupRow) => `${letter}${groupRow}`).join("+")}+${letter}${bonusRow}-${letter}${deductionRow}`;
        return { formula, result };
      }),
    ],
    true
  );
  setWidths(sheet, [5, 50, 9, ...names.flatMap(() => [8, 8])]);
  sheet.getRow(4).height = 45;
}

function addVotes(workbook: ExcelJS.Workbook, planted: PlantedProblem[]): void {
  const sheet = workbook.addWorksheet(SHEETS.votes);
  writeTitle(sheet, 1, "KHỐI THI ĐUA MTTQ VÀ CÁC TỔ CHỨC CT-XH TỈNH", 8, 12);
  writeTitle(sheet, 2, "KẾT QUẢ BỎ PHIẾU BÌNH XÉT KHEN THƯỞNG NĂM 2019", 8);
  writeHeader(sheet, 4, [
    "STT",
    "Đơn vị",
    "Hình thức đề nghị",
    "Số phiếu đồng ý",
    "Số phiếu phát ra",
    "Số phiếu hợp lệ",
    "Số thành viên có mặt",
    "Tổng số thành viên",
  ]);
  const rows: [string, string, SampleValue][] = [
    ["Hội Liên hiệp Phụ nữ Tỉnh", "Cờ thi đua của UBND tỉnh", 6],
    ["Liên đoàn Lao động tỉnh", "Cờ thi đua của Chính phủ", 6],
    ["Uỷ ban MTTQ Việt Nam tỉnh", CERTIFICATE, "6"],
    ["Tỉnh đoàn", CERTIFICATE, 7],
    ["Hội Nông dân tỉnh", CERTIFICATE, 5],
    ["Hội Cựu chiến binh tỉnh".normalize("NFD"), CERTIFICATE, 6],
    ["Hội Khuyến học tỉnh", CERTIFICATE, 4],
  ];
  rows.forEach(([unit, award, inFavour], index) => {
    const row = 5 + index;
    writeRow(sheet, row, [index + 1, unit, award, inFavour, 6, 6, 6, 6]);
    if (unit === "Tỉnh đoàn")
      planted.push({ code: "vote.aboveVoters", sheet: SHEETS.votes, cell: `D${row}` });
    if (unit === "Hội Khuyến học tỉnh")
      planted.push({ code: "unit.unknown", sheet: SHEETS.votes, cell: `B${row}` });
  });
  setWidths(sheet, [5, 32, 34, 10, 10, 10, 11, 11]);
}

/** English headers; one unit name typed with a TCVN3 (.VnTime) font. */
function addConditions(workbook: ExcelJS.Workbook, planted: PlantedProblem[]): void {
  const sheet = workbook.addWorksheet(SHEETS.conditions);
  writeTitle(sheet, 1, "ĐIỀU KIỆN XÉT KHEN THƯỞNG NĂM 2019", 6);
  writeTitle(sheet, 2, "(Conditions for award proposals, 2019)", 6, 12);
  writeHeader(sheet, 4, [
    "No.",
    "Unit",
    "Discipline level",
    "Under investigation",
    "Pending complaint",
    "Notes",
  ]);
  SEED_UNITS.forEach((unit, index) => {
    const row = 5 + index;
    const legacy = index === 4;
    writeRow(sheet, row, [
      index + 1,
      legacy ? "Héi N«ng d©n tØnh" : unit.name,
      0,
      "No",
      "No",
      null,
    ]);
    if (legacy)
      planted.push({ code: "text.legacyEncoding", sheet: SHEETS.conditions, cell: `B${row}` });
  });
  setWidths(sheet, [5, 32, 14, 14, 14, 20]);
}

function addAwardHistory(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet(SHEETS.awards);
  writeTitle(sheet, 1, BLOC_NAME, 3, 12);
  writeTitle(sheet, 2, "KẾT QUẢ KHEN THƯỞNG CÁC NĂM 2017 - 2018", 3);
  writeHeader(sheet, 4, ["Năm", "Đơn vị", "Hình thức khen thưởng"]);
  const rows: [number, string, string][] = [
    ...SEED_UNITS.map((unit): [number, string, string] => [2017, unit.name, EXCELLENT]),
    [2017, unitName(1), "Cờ thi đua của UBND tỉnh"],
    ...SEED_UNITS.map((unit): [number, string, string] => [2018, unit.name, EXCELLENT]),
    [2018, unitName(1), "Cờ thi đua của Chính phủ"],
    [2018, unitName(2), "Cờ thi đua của UBND tỉnh"],
    ...[0, 3, 4, 5].map((unit): [number, string, string] => [2018, unitName(unit), CERTIFICATE]),
  ];
  rows.forEach((values, index) => writeRow(sheet, 5 + index, values));
  setWidths(sheet, [8, 32, 36]);
}

function addLeaders(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet(SHEETS.leaders);
  writeHeader(sheet, 1, ["Năm", "Khối trưởng", "Khối phó"]);
  writeRow(sheet, 2, [2016, unitName(4), null]);
  writeRow(sheet, 3, [2017, unitName(2), null]);
  writeRow(sheet, 4, [2018, unitName(0), null]);
  writeRow(sheet, 5, [2019, unitName(1), unitName(2)]);
  setWidths(sheet, [8, 32, 32]);
}

/**
 * `samples/messy-2019.xlsx`: the same bloc in 2019, kept the way real workbooks are, with six
 * planted problems listed (code, sheet, cell) in `expected`.
 */
export async function makeMessy2019(): Promise<{ bytes: Uint8Array; expected: PlantedProblem[] }> {
  const workbook = sampleWorkbook(DATE);
  const planted: PlantedProblem[] = [];
  addUnits(workbook);
  addScores(workbook, planted);
  addVotes(workbook, planted);
  addConditions(workbook, planted);
  addAwardHistory(workbook);
  addLeaders(workbook);
  return { bytes: await sampleBytes(workbook, DATE), expected: planted };
}
