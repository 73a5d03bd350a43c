import { readFileSync } from "fs";
import { join } from "path";
import type { WorkbookContents } from "../../src/hosts/host";
import { XlsxHost } from "../../src/hosts/xlsx";
import type { Grid } from "../../src/sheets/grid";
import { makeGrid } from "../sheets/helpers/grid";
import { criteriaSheet, SEED_UNITS, unitsSheet } from "../sheets/helpers/seedWorkbook";

const SAMPLES = join(__dirname, "..", "..", "samples");

/** A sample workbook's bytes. */
export function sampleBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(SAMPLES, name)));
}

/** A sample workbook as a host reads it, through the `.xlsx` host. */
export async function sampleContents(name: string): Promise<WorkbookContents> {
  const opened = await XlsxHost.open(sampleBytes(name));
  if (!opened.ok) throw new Error(`${name}: ${opened.error.en}`);
  return opened.value.readWorkbook();
}

/** Contents made of source grids only. */
export function contentsOf(grids: readonly Grid[]): WorkbookContents {
  return {
    sheetNames: grids.map((grid) => grid.sheetName),
    grids,
    configurationJson: null,
    addinSheets: [],
  };
}

/** A workbook whose one sheet is blank (Excel always keeps one sheet). */
export function emptyWorkbook(): WorkbookContents {
  return contentsOf([
    { sheetName: "Sheet1", originRow: 1, originColumn: 1, values: [], merges: [], tables: [] },
  ]);
}

/** A workbook with the seed's units sheet and nothing else. */
export function unitsOnlyWorkbook(): WorkbookContents {
  return contentsOf([unitsSheet()]);
}

/**
 * The seed's units and scoring sheets and a staff list ("Cán bộ": name, title, unit) that reads
 * as a second units table, so every unit on it is reported as listed twice.
 */
export function staffSheetWorkbook(): WorkbookContents {
  const staff = makeGrid("Cán bộ", [
    ["DANH SÁCH CÁN BỘ LÀM CÔNG TÁC THI ĐUA"],
    [null],
    ["STT", "Họ và tên", "Chức vụ", "Đơn vị"],
    [1, "Nguyễn Văn An", "Chuyên viên", "Tỉnh đoàn"],
    [2, "Trần Thị Bình", "Phó Chánh Văn phòng", "Hội Nông dân tỉnh"],
  ]);
  return contentsOf([unitsSheet(), criteriaSheet(SEED_UNITS), staff]);
}

/**
 * The seed's units sheet with the bloc's office listed under the six units (rows 4–10; the office
 * is row 10), and a scoring sheet for the six units only.
 */
export function officeListedWorkbook(): WorkbookContents {
  return contentsOf([unitsSheet([...SEED_UNITS, "Văn phòng Khối"]), criteriaSheet(SEED_UNITS)]);
}

/**
 * A units list ("DS") whose columns are staff counts, so it reads as a scoring table and no units
 * table is found, and the seed's scoring sheet.
 */
export function unitsMisreadWorkbook(): WorkbookContents {
  const list = makeGrid("DS", [
    ["DANH SÁCH ĐƠN VỊ"],
    [null],
    ["STT", "Tên đơn vị", "Số cán bộ", "Số nữ"],
    ...SEED_UNITS.map((name, index) => [index + 1, name, 20 + index, 10 + index]),
  ]);
  return contentsOf([list, criteriaSheet(SEED_UNITS)]);
}
