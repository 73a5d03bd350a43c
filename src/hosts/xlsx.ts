/**
 * The `.xlsx` host: the workbook operations of `WorkbookHost` on a file, in Node and in the
 * browser. The only module (with its private helpers in `./xlsx/`) that imports exceljs.
 *
 * Reading goes through exceljs. Writing does not: the add-in's sheets are written straight into
 * the file's package (`./xlsx/writeWorksheets`), so every part of the secretariat's workbook —
 * its sheets, charts, pivot tables, names, everything exceljs would not carry over — stays
 * byte for byte as it was. After a write the file is read again when next asked.
 *
 * Add-in sheets are marked by workbook-level defined names (see `./shared/addinSheetMark`), and
 * the configuration lives in the visible sheet "ThiDua_CauHinh" (see
 * `src/sheets/configurationSheet`).
 */
import ExcelJS from "exceljs";
import { localized, type Localized } from "../core/localized";
import { failure, success, type Outcome } from "../core/outcome";
import type { SheetSpec } from "../documents/sheetSpec";
import { CONFIGURATION_SHEET_NAME, configurationFromGrid } from "../sheets/configurationSheet";
import type { Grid } from "../sheets/grid";
import type { WorkbookContents, WorkbookHost, WriteSheetsOptions } from "./host";
import { isAddinSheetMarkName, sheetOfReference } from "./shared/addinSheetMark";
import { HostError } from "./shared/hostError";
import { planSheetWrites } from "./shared/planSheetWrites";
import { sheetNameKey } from "./shared/sheetNameKey";
import { configurationContent } from "./xlsx/configurationContent";
import { emptyPackage } from "./xlsx/emptyPackage";
import { fileKindProblem } from "./xlsx/fileKindProblem";
import { OPEN_MESSAGES } from "./xlsx/openMessages";
import { PackageError } from "./xlsx/packageError";
import { unreadableZipMessage } from "./xlsx/unreadableZipMessage";
import { documentContent, type WorksheetContent } from "./xlsx/worksheetContent";
import { worksheetGrid } from "./xlsx/worksheetGrid";
import { writeWorksheets } from "./xlsx/writeWorksheets";

export { HostError } from "./shared/hostError";

const WRITE_FAILED = localized(
  "Không ghi được vào sổ làm việc: cấu trúc tệp .xlsx không đúng định dạng. Hãy mở tệp trong Excel, lưu lại rồi thử lại.",
  "The workbook could not be written: the .xlsx file's structure is malformed. Open it in Excel, save it again and retry."
);

async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

export class XlsxHost implements WorkbookHost {
  /** The file as it is now; null for a new workbook not yet written to. */
  private bytes: Uint8Array | null;
  /** `bytes` as exceljs reads them; null until first needed after a write. */
  private workbook: ExcelJS.Workbook | null;

  private constructor(bytes: Uint8Array | null, workbook: ExcelJS.Workbook) {
    this.bytes = bytes;
    this.workbook = workbook;
  }

  /**
   * Opens an `.xlsx` file. Fails, with a message in Vietnamese and English, for an empty file, an
   * Excel 97–2003 `.xls`, a password-protected workbook, a file that is not a zip package (or is
   * another kind of package: `.xlsb`, `.ods`, `.docx`…), a damaged package, and a workbook
   * without worksheets.
   */
  static async open(data: ArrayBuffer | Uint8Array): Promise<Outcome<XlsxHost>> {
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    const kindProblem = fileKindProblem(bytes);
    if (kindProblem !== null) return failure(kindProblem);
    let workbook: ExcelJS.Workbook;
    try {
      workbook = await loadWorkbook(bytes);
    } catch {
      return failure(unreadableZipMessage(bytes, OPEN_MESSAGES.damaged));
    }
    if (workbook.worksheets.length === 0) {
      return failure(unreadableZipMessage(bytes, OPEN_MESSAGES.noSheets));
    }
    return success(new XlsxHost(bytes, workbook));
  }

  /** A new workbook without sheets (add some before saving: Excel opens no workbook without one). */
  static create(): XlsxHost {
    return new XlsxHost(null, new ExcelJS.Workbook());
  }

  /** The workbook as `.xlsx` bytes: the file opened, with what was written since. */
  async toBuffer(): Promise<Uint8Array> {
    return this.bytes ?? emptyPackage();
  }

  async readWorkbook(): Promise<WorkbookContents> {
    const workbook = await this.model();
    const addinKeys = new Set(sheetMarks(workbook).map((mark) => sheetNameKey(mark.sheet)));
    const configurationKey = sheetNameKey(CONFIGURATION_SHEET_NAME);
    const addinSheets = workbook.worksheets.filter((worksheet) =>
      addinKeys.has(sheetNameKey(worksheet.name))
    );
    const sourceSheets = workbook.worksheets.filter(
      (worksheet) =>
        !addinKeys.has(sheetNameKey(worksheet.name)) &&
        sheetNameKey(worksheet.name) !== configurationKey
    );
    return {
      sheetNames: workbook.worksheets.map((worksheet) => worksheet.name),
      grids: sourceSheets.map((worksheet) => worksheetGrid(worksheet)),
      configurationJson: configurationOf(workbook),
      addinSheets: addinSheets.map((worksheet) => worksheetGrid(worksheet)),
    };
  }

  async listSheets(): Promise<string[]> {
    return (await this.model()).worksheets.map((worksheet) => worksheet.name);
  }

  /** Throws a `HostError` when a named sheet does not exist. */
  async readSheets(names: readonly string[]): Promise<Grid[]> {
    const workbook = await this.model();
    return names.map((name) => {
      const worksheet = worksheetNamed(workbook, name);
      if (worksheet === undefined) {
        throw new HostError(
          localized(`Không tìm thấy trang tính “${name}”.`, `The sheet “${name}” was not found.`)
        );
      }
      return worksheetGrid(worksheet);
    });
  }

  /**
   * Writes each spec as a sheet marked as the add-in's, after the existing sheets; an add-in
   * sheet of the same name is rewritten where it stands. Any other clash throws a `HostError`
   * before anything is written. The configuration in `options`, when given, is written in the
   * same pass.
   */
  async writeSheets(
    specs: readonly SheetSpec[],
    options: WriteSheetsOptions = {}
  ): Promise<readonly Localized[]> {
    const workbook = await this.model();
    planSheetWrites(
      specs,
      workbook.worksheets.map((worksheet) => worksheet.name),
      sheetMarks(workbook).map((mark) => mark.sheet)
    );
    const contents = specs.map(documentContent);
    if (options.configurationJson !== undefined) {
      contents.push(configurationContent(options.configurationJson));
    }
    await this.write(contents);
    return [];
  }

  async readConfiguration(): Promise<string | null> {
    return configurationOf(await this.model());
  }

  /** Rewrites the visible configuration sheet (made at the end when missing) with `json`. */
  async writeConfiguration(json: string): Promise<void> {
    await this.write([configurationContent(json)]);
  }

  private async write(contents: readonly WorksheetContent[]): Promise<void> {
    const before = this.bytes ?? (await emptyPackage());
    let after: Uint8Array;
    try {
      after = await writeWorksheets(before, contents);
    } catch (error) {
      // A package that cannot be understood is the file's fault; anything else is ours.
      if (error instanceof PackageError) throw new HostError(WRITE_FAILED);
      throw error;
    }
    this.bytes = after;
    this.workbook = null;
  }

  /** The workbook as exceljs reads it, read again after a write. */
  private async model(): Promise<ExcelJS.Workbook> {
    if (this.workbook === null) this.workbook = await loadWorkbook(this.bytes!);
    return this.workbook;
  }
}

/** A worksheet by name, as Excel finds it (without regard to case). */
function worksheetNamed(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  const key = sheetNameKey(name);
  return workbook.worksheets.find((worksheet) => sheetNameKey(worksheet.name) === key);
}

function configurationOf(workbook: ExcelJS.Workbook): string | null {
  const worksheet = worksheetNamed(workbook, CONFIGURATION_SHEET_NAME);
  return worksheet === undefined ? null : configurationFromGrid(worksheetGrid(worksheet));
}

/** The add-in's sheet marks: defined names and the sheets they point to. */
function sheetMarks(workbook: ExcelJS.Workbook): { name: string; sheet: string }[] {
  return workbook.definedNames.model.flatMap((definedName) =>
    isAddinSheetMarkName(definedName.name)
      ? definedName.ranges.flatMap((reference) => {
          const sheet = sheetOfReference(reference);
          return sheet === null ? [] : [{ name: definedName.name, sheet }];
        })
      : []
  );
}
