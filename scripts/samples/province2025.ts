import type ExcelJS from "exceljs";
import { mulberry32, randomInteger, shuffled } from "./mulberry32";
import {
  columnLetter,
  printLayout,
  sampleBytes,
  sampleWorkbook,
  setWidths,
  writeHeader,
  writeRow,
  writeTitle,
} from "./sampleSheets";

const DATE = new Date(Date.UTC(2025, 11, 1));
const SEED = 20_251_201;
const YEAR = 2025;
const HISTORY_YEARS = Array.from({ length: 10 }, (_, index) => YEAR - 10 + index);
const BLOCS_PER_KIND = 5;
const UNITS_PER_BLOC = 25;
const MEMBERS = UNITS_PER_BLOC;

/** Ten content groups on a 100-point pledge (the national frame's scale). */
const GROUP_MAXIMA = [15, 10, 10, 10, 10, 10, 10, 10, 10, 5] as const;
const BONUS_CAP = 5;

const GOVERNMENT_FLAG = "Cờ thi đua của Chính phủ";
const PROVINCIAL_FLAG = "Cờ thi đua của Ủy ban nhân dân tỉnh";
const CERTIFICATE = "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh";
const GRADES = [
  "Hoàn thành xuất sắc nhiệm vụ",
  "Hoàn thành tốt nhiệm vụ",
  "Hoàn thành nhiệm vụ",
  "Không hoàn thành nhiệm vụ",
] as const;

/** Eight kinds of member unit; each makes five blocs of 25 (40 blocs, 1,000 units). */
const KINDS = [
  {
    bloc: "Khối các trường Trung học phổ thông",
    unit: "Trường THPT",
    short: "THPT",
    head: "Hiệu trưởng",
  },
  {
    bloc: "Khối các trường Trung học cơ sở",
    unit: "Trường THCS",
    short: "THCS",
    head: "Hiệu trưởng",
  },
  { bloc: "Khối các trung tâm y tế", unit: "Trung tâm Y tế", short: "TTYT", head: "Giám đốc" },
  { bloc: "Cụm thi đua các xã", unit: "Ủy ban nhân dân xã", short: "UBND xã", head: "Chủ tịch" },
  {
    bloc: "Cụm thi đua các phường",
    unit: "Ủy ban nhân dân phường",
    short: "UBND phường",
    head: "Chủ tịch",
  },
  {
    bloc: "Khối các ban quản lý dự án",
    unit: "Ban Quản lý dự án",
    short: "BQLDA",
    head: "Giám đốc",
  },
  { bloc: "Khối doanh nghiệp nhà nước", unit: "Công ty TNHH MTV", short: "Cty", head: "Giám đốc" },
  { bloc: "Khối các hợp tác xã", unit: "Hợp tác xã", short: "HTX", head: "Giám đốc" },
] as const;

const SYLLABLES = [
  "An",
  "Bình",
  "Tân",
  "Phú",
  "Hòa",
  "Long",
  "Thạnh",
  "Mỹ",
  "Đông",
  "Tây",
  "Vĩnh",
  "Phước",
  "Hưng",
  "Thuận",
  "Quang",
  "Xuân",
  "Hiệp",
  "Lộc",
  "Thái",
  "Minh",
];
const FAMILY = [
  "Nguyễn",
  "Trần",
  "Lê",
  "Phạm",
  "Hoàng",
  "Huỳnh",
  "Phan",
  "Vũ",
  "Võ",
  "Đặng",
  "Bùi",
  "Đỗ",
  "Hồ",
  "Ngô",
  "Dương",
  "Lý",
];
const MIDDLE = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Ngọc", "Quốc", "Thu", "Xuân"];
const GIVEN = [
  "An",
  "Bảo",
  "Cường",
  "Dũng",
  "Giang",
  "Hà",
  "Hải",
  "Hạnh",
  "Hùng",
  "Hương",
  "Khánh",
  "Lan",
  "Linh",
  "Long",
  "Mai",
  "Nam",
  "Nga",
  "Phong",
  "Phúc",
  "Quân",
  "Sơn",
  "Tâm",
  "Thảo",
  "Trang",
  "Tuấn",
  "Vân",
];

interface Unit {
  readonly bloc: string;
  readonly name: string;
  readonly shortName: string;
  readonly rotationOrder: number;
  readonly womenPercent: number;
  readonly headName: string;
  readonly headTitle: string;
  readonly groups: readonly number[];
  readonly bonus: number;
  readonly deduction: number;
  readonly total: number;
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function half(value: number): number {
  return Math.round(value * 2) / 2;
}

function makeUnits(random: () => number): Unit[] {
  const places = SYLLABLES.flatMap((first) =>
    SYLLABLES.filter((second) => second !== first).map((second) => `${first} ${second}`)
  );
  return KINDS.flatMap((kind) => {
    const names = shuffled(random, places).slice(0, BLOCS_PER_KIND * UNITS_PER_BLOC);
    return Array.from({ length: BLOCS_PER_KIND }, (_, blocIndex) => {
      const bloc = `${kind.bloc} số ${blocIndex + 1}`;
      const strength = random() * 0.06;
      return Array.from({ length: UNITS_PER_BLOC }, (_, position): Unit => {
        const place = names[blocIndex * UNITS_PER_BLOC + position] ?? "";
        const level = 0.84 + strength + random() * 0.1;
        const groups = GROUP_MAXIMA.map((max) =>
          Math.min(max, half(max * (level + (random() - 0.5) * 0.08)))
        );
        const bonus = half(random() * BONUS_CAP);
        const deduction = random() < 0.15 ? half(0.5 + random() * 2.5) : 0;
        const total = groups.reduce((sum, value) => sum + value, 0) + bonus - deduction;
        return {
          bloc,
          name: `${kind.unit} ${place}`,
          shortName: `${kind.short} ${place}`,
          rotationOrder: position + 1,
          womenPercent: randomInteger(random, 8, 92),
          headName: `${pick(random, FAMILY)} ${pick(random, MIDDLE)} ${pick(random, GIVEN)}`,
          headTitle: kind.head,
          groups,
          bonus,
          deduction,
          total: Math.round(total * 10) / 10,
        };
      });
    });
  }).flat();
}

function blocsOf(units: readonly Unit[]): Map<string, Unit[]> {
  const blocs = new Map<string, Unit[]>();
  for (const unit of units) blocs.set(unit.bloc, [...(blocs.get(unit.bloc) ?? []), unit]);
  return blocs;
}

function ranked(units: readonly Unit[]): Unit[] {
  return [...units].sort((a, b) => b.total - a.total || a.rotationOrder - b.rotationOrder);
}

function addUnits(workbook: ExcelJS.Workbook, units: readonly Unit[]): void {
  const sheet = workbook.addWorksheet("Danh sách đơn vị", {
    views: [{ state: "frozen", ySplit: 3 }],
  });
  writeTitle(sheet, 1, `DANH SÁCH CÁC KHỐI, CỤM THI ĐUA VÀ ĐƠN VỊ THÀNH VIÊN NĂM ${YEAR}`, 8);
  writeHeader(sheet, 3, [
    "STT",
    "Khối",
    "Tên đơn vị",
    "Tên viết tắt",
    "Thứ tự luân phiên",
    "Tỷ lệ nữ (%)",
    "Người đứng đầu",
    "Chức vụ",
  ]);
  units.forEach((unit, index) =>
    writeRow(sheet, 4 + index, [
      index + 1,
      unit.bloc,
      unit.name,
      unit.shortName,
      unit.rotationOrder,
      unit.womenPercent,
      unit.headName,
      unit.headTitle,
    ])
  );
  setWidths(sheet, [6, 40, 36, 24, 11, 10, 24, 14]);
}

/** Units as rows: one column per content group (its maximum in the header), bonus, deduction, total. */
function addScores(workbook: ExcelJS.Workbook, units: readonly Unit[]): void {
  const sheet = workbook.addWorksheet("Chấm điểm", {
    views: [{ state: "frozen", xSplit: 3, ySplit: 3 }],
  });
  const groupLabels = GROUP_MAXIMA.map((max, index) => `Nhóm ${index + 1} (${max} điểm)`);
  const lastColumn = 3 + GROUP_MAXIMA.length + 3;
  writeTitle(sheet, 1, `BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM THI ĐUA NĂM ${YEAR}`, lastColumn);
  writeHeader(sheet, 3, [
    "STT",
    "Khối",
    "Tên đơn vị",
    ...groupLabels,
    "Điểm thưởng",
    "Điểm trừ",
    "Tổng điểm",
  ]);
  const first = columnLetter(4);
  const lastGroup = columnLetter(3 + GROUP_MAXIMA.length);
  const bonus = columnLetter(4 + GROUP_MAXIMA.length);
  const deduction = columnLetter(5 + GROUP_MAXIMA.length);
  units.forEach((unit, index) => {
    const row = 4 + index;
    writeRow(sheet, row, [
      index + 1,
      unit.bloc,
      unit.name,
      ...unit.groups,
      unit.bonus,
      unit.deduction,
      {
        formula: `SUM(${first}${row}:${lastGroup}${row})+${bonus}${row}-${deduction}${row}`,
        result: unit.total,
      },
    ]);
  });
  setWidths(sheet, [6, 36, 36, ...GROUP_MAXIMA.map(() => 9), 10, 8, 9]);
  sheet.getRow(3).height = 45;
  printLayout(sheet, "3:3");
}

/** Votes for the five best units of each bloc: the first for the provincial flag, the others for a certificate. */
function addVotes(
  workbook: ExcelJS.Workbook,
  blocs: Map<string, Unit[]>,
  random: () => number
): void {
  const sheet = workbook.addWorksheet("Bỏ phiếu");
  writeTitle(sheet, 1, `KẾT QUẢ BỎ PHIẾU ĐỀ NGHỊ KHEN THƯỞNG NĂM ${YEAR}`, 9);
  writeHeader(sheet, 3, [
    "STT",
    "Khối",
    "Đơn vị",
    "Hình thức khen thưởng",
    "Số phiếu đồng ý",
    "Số phiếu phát ra",
    "Số phiếu hợp lệ",
    "Số thành viên có mặt",
    "Tổng số thành viên",
  ]);
  let row = 4;
  for (const [bloc, members] of blocs) {
    const present = randomInteger(random, 21, MEMBERS);
    ranked(members)
      .slice(0, 5)
      .forEach((unit, place) => {
        const valid = present - (random() < 0.2 ? 1 : 0);
        const inFavour = valid - randomInteger(random, 0, place === 0 ? 2 : 4);
        writeRow(sheet, row, [
          row - 3,
          bloc,
          unit.name,
          place === 0 ? PROVINCIAL_FLAG : CERTIFICATE,
          inFavour,
          present,
          valid,
          present,
          MEMBERS,
        ]);
        row += 1;
      });
  }
  setWidths(sheet, [6, 36, 36, 40, 10, 10, 10, 11, 11]);
}

/** Blocking conditions: every unit, a few under discipline, inspection or complaint. */
function addConditions(
  workbook: ExcelJS.Workbook,
  units: readonly Unit[],
  random: () => number
): void {
  const sheet = workbook.addWorksheet("Điều kiện");
  writeTitle(sheet, 1, `ĐIỀU KIỆN XÉT ĐỀ NGHỊ KHEN THƯỞNG NĂM ${YEAR}`, 6);
  writeHeader(sheet, 3, [
    "STT",
    "Tên đơn vị",
    "Mức kỷ luật",
    "Đang thanh tra, điều tra",
    "Có khiếu nại",
    "Ghi chú",
  ]);
  units.forEach((unit, index) => {
    const draw = random();
    const discipline = draw < 0.005 ? 1 : 0;
    const investigation = draw >= 0.005 && draw < 0.01;
    const complaint = draw >= 0.01 && draw < 0.014;
    const note = discipline
      ? "Khiển trách tập thể"
      : investigation
        ? "Đang thanh tra tài chính"
        : complaint
          ? "Có đơn khiếu nại chưa giải quyết"
          : null;
    writeRow(sheet, 4 + index, [
      index + 1,
      unit.name,
      discipline,
      investigation ? "Có" : "Không",
      complaint ? "Có" : "Không",
      note,
    ]);
  });
  setWidths(sheet, [6, 36, 11, 14, 11, 34]);
}

/**
 * Ten years of grades and awards (one row per unit and year) and of bloc leaders and deputies.
 * Each year every bloc's best unit gets the provincial flag, the next three a certificate, and
 * three of the flagged units the Government flag instead.
 */
function addHistory(
  workbook: ExcelJS.Workbook,
  blocs: Map<string, Unit[]>,
  random: () => number
): void {
  const awards = workbook.addWorksheet("Lịch sử khen thưởng");
  writeTitle(awards, 1, `KẾT QUẢ XẾP LOẠI VÀ KHEN THƯỞNG ${HISTORY_YEARS[0]} - ${YEAR - 1}`, 5);
  writeHeader(awards, 3, ["Năm", "Khối", "Đơn vị", "Xếp loại", "Hình thức khen thưởng"]);
  const leaders = workbook.addWorksheet("Khối trưởng");
  writeTitle(leaders, 1, `KHỐI TRƯỞNG, KHỐI PHÓ CÁC NĂM ${HISTORY_YEARS[0]} - ${YEAR}`, 4);
  writeHeader(leaders, 3, ["Năm", "Khối", "Khối trưởng", "Khối phó"]);
  let awardRow = 4;
  let leaderRow = 4;
  for (const year of [...HISTORY_YEARS, YEAR]) {
    const governmentFlags = new Set(shuffled(random, [...blocs.keys()]).slice(0, 3));
    for (const [bloc, members] of blocs) {
      const leader = members[(year - HISTORY_YEARS[0]!) % members.length];
      const deputy = members[(year - HISTORY_YEARS[0]! + 1) % members.length];
      writeRow(leaders, leaderRow, [year, bloc, leader?.name ?? null, deputy?.name ?? null]);
      leaderRow += 1;
      if (year === YEAR) continue;
      const grades = new Map(
        members.map((unit) => {
          const draw = random();
          return [
            unit.name,
            draw < 0.72 ? GRADES[0] : draw < 0.95 ? GRADES[1] : draw < 0.99 ? GRADES[2] : GRADES[3],
          ];
        })
      );
      const excellent = shuffled(random, members).filter(
        (unit) => grades.get(unit.name) === GRADES[0]
      );
      const awardsOf = new Map<string, string>();
      excellent.slice(0, 4).forEach((unit, place) => {
        awardsOf.set(
          unit.name,
          place > 0 ? CERTIFICATE : governmentFlags.has(bloc) ? GOVERNMENT_FLAG : PROVINCIAL_FLAG
        );
      });
      for (const unit of members) {
        writeRow(awards, awardRow, [
          year,
          bloc,
          unit.name,
          grades.get(unit.name) ?? null,
          awardsOf.get(unit.name) ?? null,
        ]);
        awardRow += 1;
      }
    }
  }
  setWidths(awards, [8, 36, 36, 30, 42]);
  setWidths(leaders, [8, 36, 36, 36]);
}

/**
 * `samples/province-2025.xlsx`: a province's scale — 40 blocs of 25 units (1,000 units), scores
 * with units as rows, votes for each bloc's five best, blocking conditions, and ten years of
 * history. Pseudo-random from a fixed seed.
 */
export async function makeProvince2025(): Promise<Uint8Array> {
  const random = mulberry32(SEED);
  const units = makeUnits(random);
  const blocs = blocsOf(units);
  const workbook = sampleWorkbook(DATE);
  addUnits(workbook, units);
  addScores(workbook, units);
  addVotes(workbook, blocs, random);
  addConditions(workbook, units, random);
  addHistory(workbook, blocs, random);
  return sampleBytes(workbook, DATE);
}
