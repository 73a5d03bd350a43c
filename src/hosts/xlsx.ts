/**
 * The `.xlsx` host: the workbook operations of `WorkbookHost` on a file, through exceljs, in
 * Node and in the browser. The only module (with its private helpers in `./xlsx/`) that imports
 * exceljs.
 *
 * Add-in sheets are marked by workbook-level defined names (see `./xlsx/addinSheetMark`), and
 * the configuration lives in the visible sheet "ThiDua_CauHinh" (see
 * `src/sheets/configurationSheet`). A round trip through exceljs keeps cell values, formulas
 * with their cached results, styles, merges, Excel Tables, data validation and page setup; it
 * drops what exceljs does not model (pivot tables, charts, slicers, defined names that are not
 * plain cell ranges).
 */
import ExcelJS from "exceljs";
import { localized, type Localized } from "../core/localized";
import { failure, success, type Outcome } from "../core/outcome";
import type { SheetSpec } from "../documents/sheetSpec";
import {
  CONFIGURATION_SHEET_NAME,
  configurationFromGrid,
  configurationToRows,
} from "../sheets/configurationSheet";
import type { Grid } from "../sheets/grid";
import type { WorkbookContents, WorkbookHost, WriteSheetsOptions } from "./host";
import {
  addinSheetMarkName,
  addinSheetMarkReference,
  isAddinSheetMarkName,
  sheetOfReference,
} from "./shared/addinSheetMark";
import { fileKindProblem } from "./xlsx/fileKindProblem";
import { HostError } from "./shared/hostError";
import { OPEN_MESSAGES } from "./xlsx/openMessages";
import { planSheetWrites } from "./shared/planSheetWrites";
import { sheetNameKey } from "./shared/sheetNameKey";
import { shareEmptyStyles } from "./xlsx/shareEmptyStyles";
import { unreadableZipMessage } from "./xlsx/unreadableZipMessage";
import { worksheetGrid } from "./xlsx/worksheetGrid";
import { writeSheetSpec } from "./xlsx/writeSheetSpec";

export { HostError } from "./shared/hostError";

/** Column A of the configuration sheet is this wide (characters), so its title can be read. */
const CONFIGURATION_COLUMN_WIDTH = 120;

/** One add-in sheet mark: a defined name and the sheet it points to. */
interface SheetMark {
  readonly name: string;
  readonly reference: string;
  readonly sheet: string;
}

export class XlsxHost implements WorkbookHost {
  private readonly workbook: ExcelJS.Workbook;

  private constructor(workbook: ExcelJS.Workbook) {
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
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    } catch {
      return failure(unreadableZipMessage(bytes, OPEN_MESSAGES.damaged));
    }
    if (workbook.worksheets.length === 0) {
      return failure(unreadableZipMessage(bytes, OPEN_MESSAGES.noSheets));
    }
    return success(new XlsxHost(workbook));
  }

  /** A new workbook without sheets (add some before saving: Excel opens no workbook without one). */
  static create(): XlsxHost {
    return new XlsxHost(new ExcelJS.Workbook());
  }

  /** The workbook as `.xlsx` bytes. */
  async toBuffer(): Promise<Uint8Array> {
    // Saves exceljs filing every unstyled row's own empty style object, one by one.
    for (const worksheet of this.workbook.worksheets) shareEmptyStyles(worksheet);
    const buffer = await this.workbook.xlsx.writeBuffer({ useSharedStrings: true });
    return new Uint8Array(buffer as ArrayBuffer);
  }

  async readWorkbook(): Promise<WorkbookContents> {
    const addinKeys = new Set(this.sheetMarks().map((mark) => sheetNameKey(mark.sheet)));
    const sheetNames = this.workbook.worksheets.map((worksheet) => worksheet.name);
    const configurationKey = sheetNameKey(CONFIGURATION_SHEET_NAME);
    const addinSheets = this.workbook.worksheets.filter((worksheet) =>
      addinKeys.has(sheetNameKey(worksheet.name))
    );
    const sourceSheets = this.workbook.worksheets.filter(
      (worksheet) =>
        !addinKeys.has(sheetNameKey(worksheet.name)) &&
        sheetNameKey(worksheet.name) !== configurationKey
    );
    return {
      sheetNames,
      grids: sourceSheets.map((worksheet) => worksheetGrid(worksheet)),
      configurationJson: await this.readConfiguration(),
      addinSheets: addinSheets.map((worksheet) => worksheetGrid(worksheet)),
    };
  }

  async listSheets(): Promise<string[]> {
    return this.workbook.worksheets.map((worksheet) => worksheet.name);
  }

  /** Throws a `HostError` when a named sheet does not exist. */
  async readSheets(names: readonly string[]): Promise<Grid[]> {
    return names.map((name) => {
      const worksheet = this.worksheet(name);
      if (worksheet === undefined) {
        throw new HostError(
          localized(`Không tìm thấy trang tính “${name}”.`, `The sheet “${name}” was not found.`)
        );
      }
      return worksheetGrid(worksheet);
    });
  }

  /**
   * Appends each spec as a new sheet at the end, marked as the add-in's. An add-in sheet of the
   * same name is replaced; any other clash throws a `HostError` before anything is written.
   * The configuration in `options`, when given, is written after the sheets.
   */
  async writeSheets(
    specs: readonly SheetSpec[],
    options: WriteSheetsOptions = {}
  ): Promise<readonly Localized[]> {
    const marks = this.sheetMarks();
    const replaced = planSheetWrites(
      specs,
      this.workbook.worksheets.map((worksheet) => worksheet.name),
      marks.map((mark) => mark.sheet)
    );
    for (const name of replaced) {
      this.unmark(name, marks);
      const worksheet = this.worksheet(name);
      if (worksheet !== undefined) this.workbook.removeWorksheet(worksheet.id);
    }
    // Listed once: exceljs rebuilds every defined name's ranges each time its model is read.
    const takenNames = new Set(
      this.workbook.definedNames.model.map((definedName) => definedName.name.toLowerCase())
    );
    for (const spec of specs) {
      writeSheetSpec(this.workbook.addWorksheet(spec.name), spec);
      this.mark(spec, takenNames);
    }
    if (options.configurationJson !== undefined) {
      await this.writeConfiguration(options.configurationJson);
    }
    return [];
  }

  async readConfiguration(): Promise<string | null> {
    const worksheet = this.worksheet(CONFIGURATION_SHEET_NAME);
    return worksheet === undefined ? null : configurationFromGrid(worksheetGrid(worksheet));
  }

  /** Rewrites the visible configuration sheet (made at the end when missing) with `json`. */
  async writeConfiguration(json: string): Promise<void> {
    let worksheet = this.worksheet(CONFIGURATION_SHEET_NAME);
    if (worksheet === undefined) {
      worksheet = this.workbook.addWorksheet(CONFIGURATION_SHEET_NAME);
    } else {
      worksheet.eachRow((row) =>
        row.eachCell((cell) => {
          cell.value = null;
        })
      );
    }
    const rows = configurationToRows(json);
    rows.forEach((row, rowIndex) => {
      row.forEach((value, columnIndex) => {
        if (value !== null) worksheet.getCell(rowIndex + 1, columnIndex + 1).value = value;
      });
    });
    worksheet.getColumn(1).width = CONFIGURATION_COLUMN_WIDTH;
    for (const rowNumber of [1, 2]) {
      const cell = worksheet.getCell(rowNumber, 1);
      cell.alignment = { wrapText: true, vertical: "top" };
      cell.font = { bold: rowNumber === 1, italic: rowNumber === 2 };
    }
  }

  /** A worksheet by name, as Excel finds it (without regard to case). */
  private worksheet(name: string): ExcelJS.Worksheet | undefined {
    const key = sheetNameKey(name);
    return this.workbook.worksheets.find((worksheet) => sheetNameKey(worksheet.name) === key);
  }

  private sheetMarks(): SheetMark[] {
    return this.workbook.definedNames.model.flatMap((definedName) =>
      isAddinSheetMarkName(definedName.name)
        ? definedName.ranges.flatMap((reference) => {
            const sheet = sheetOfReference(reference);
            return sheet === null ? [] : [{ name: definedName.name, reference, sheet }];
          })
        : []
    );
  }

  private unmark(sheetName: string, marks: readonly SheetMark[]): void {
    const key = sheetNameKey(sheetName);
    for (const mark of marks) {
      if (sheetNameKey(mark.sheet) === key)
        this.workbook.definedNames.remove(mark.reference, mark.name);
    }
  }

  /** Marks the spec's sheet with the first free mark name, and counts that name as taken. */
  private mark(spec: SheetSpec, taken: Set<string>): void {
    let index = 1;
    while (taken.has(addinSheetMarkName(spec.kind, spec.year, index).toLowerCase())) index += 1;
    const name = addinSheetMarkName(spec.kind, spec.year, index);
    this.workbook.definedNames.add(addinSheetMarkReference(spec.name), name);
    taken.add(name.toLowerCase());
  }
}
