/**
 * The Office.js host: the only module that touches the `Office` and `Excel` globals. Reading a
 * workbook is one sync when the host knows its sheets (the list is checked in the same batch),
 * two the first time (list the sheets, then read them all); writing the generated sheets and the
 * configuration is one, whatever the number of units, split only to stay under Excel on the
 * web's 5 MB request.
 */
import { localized, type Localized } from "../core/localized";
import type { SheetSpec } from "../documents/sheetSpec";
import {
  CONFIGURATION_SHEET_NAME,
  configurationFromGrid,
  configurationToRows,
} from "../sheets/configurationSheet";
import type { Grid } from "../sheets/grid";
import { columnWidthPoints } from "./excel/columnWidthPoints";
import { gridOfUsedRange } from "./excel/gridOfUsedRange";
import { jsonBytes } from "./excel/jsonBytes";
import { pageLayoutStep } from "./excel/pageLayoutStep";
import { pageLayoutWarning } from "./excel/pageLayoutWarning";
import { requestBatches } from "./excel/requestBatches";
import { sheetWriteSteps, type WriteStep } from "./excel/sheetWriteSteps";
import type { WorkbookContents, WorkbookHost, WriteSheetsOptions } from "./host";
import {
  addinSheetMarkName,
  addinSheetMarkReference,
  isAddinSheetMarkName,
  sheetOfReference,
} from "./shared/addinSheetMark";
import { HostError } from "./shared/hostError";
import { planSheetWrites } from "./shared/planSheetWrites";
import { sheetNameKey } from "./shared/sheetNameKey";

export { HostError } from "./shared/hostError";

declare global {
  interface Window {
    /** Set by taskpane.html before any bundle runs: whether an Office host opened the page. */
    __thiduaInOffice?: boolean;
  }
}

export type HostKind = "excel" | "standalone";

/**
 * Resolves once Office is ready, with "excel" inside Excel and "standalone" in a plain browser
 * (office.js absent, not loaded because there is no host, or loaded but reporting no host).
 */
export function whenOfficeReady(): Promise<HostKind> {
  if (!window.__thiduaInOffice || typeof Office === "undefined") {
    return Promise.resolve("standalone");
  }
  return Office.onReady().then((info) =>
    info.host === Office.HostType.Excel ? "excel" : "standalone"
  );
}

/** Whether Office's theme is dark, so the pane can follow it; false when Office does not say. */
export function officeThemeIsDark(): boolean {
  const colour =
    typeof Office === "undefined" ? undefined : Office.context?.officeTheme?.bodyBackgroundColor;
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour ?? "");
  if (!match) return false;
  const [r, g, b] = [match[1], match[2], match[3]].map((hex) => parseInt(hex!, 16));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b! < 128;
}

/** Excel.run's shape, so tests can run the host against a fake. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface ExcelHostOptions {
  /** Whether a requirement set is available (Office.context.requirements.isSetSupported). */
  readonly supports?: (set: string, version: string) => boolean;
  /**
   * Largest estimated request before a write is split in several syncs. Excel on the web refuses
   * requests over 5 MB; 4 MB leaves room for what the estimate misses.
   */
  readonly maxRequestBytes?: number;
}

/** The Office.js host for this Excel: `Excel.run`, and requirement sets as Office reports them. */
export function createExcelHost(): ExcelHost {
  return new ExcelHost((batch) => Excel.run(batch), {
    supports: (set, version) => Office.context.requirements.isSetSupported(set, version),
  });
}

/** An add-in sheet mark as read: the defined name and the sheet it points to. */
interface SheetMark {
  readonly name: string;
  readonly sheet: string;
}

/** What the last read saw, to plan a write without another round trip. */
interface KnownWorkbook {
  readonly sheetNames: readonly string[];
  /** Marks that point to an existing sheet. */
  readonly marks: readonly SheetMark[];
  /** Every workbook-level defined name, the add-in's stale marks (sheet deleted) included. */
  readonly definedNames: readonly string[];
}

/** One operation of a write, queued on the request context. */
interface Operation {
  readonly bytes: number;
  readonly queue: (context: Excel.RequestContext) => void;
}

/** Adding a sheet and its mark, or deleting a sheet or a name: a small, fixed part of a request. */
const SMALL_OPERATION_BYTES = 600;

/** Column A of the configuration sheet is this wide (characters), as the `.xlsx` host makes it. */
const CONFIGURATION_COLUMN_WIDTH = 120;

/**
 * The workbook operations of `WorkbookHost` in Excel, through Office.js. Each method is one
 * `Excel.run`: loads first, then as few syncs as the operation needs (never one per sheet).
 * The host keeps only what its last read saw (sheet names and the add-in's marks), to plan a
 * write without another round trip.
 */
export class ExcelHost implements WorkbookHost {
  private known: KnownWorkbook | null = null;
  /**
   * The sheets, in tab order, as this host last saw or left them: a guess that lets the next
   * read go in one sync. The read checks the guess in the same batch and reads again when wrong.
   */
  private expectedSheetNames: readonly string[] | null = null;
  private readonly supports: (set: string, version: string) => boolean;
  private readonly maxRequestBytes: number;

  constructor(
    private readonly run: ExcelRun,
    options: ExcelHostOptions = {}
  ) {
    this.supports = options.supports ?? (() => false);
    this.maxRequestBytes = options.maxRequestBytes ?? 4_000_000;
  }

  /**
   * Reads every sheet, whatever their number: in one sync when the sheets are those this host
   * last saw or wrote (the sheet list is loaded with the used ranges and compared), else in two
   * (list the sheets and the workbook's defined names, then read every used range). Merged
   * areas are read too where ExcelApi 1.13 is available.
   */
  async readWorkbook(): Promise<WorkbookContents> {
    const expected = this.expectedSheetNames;
    if (expected !== null) {
      // A co-author may have added, removed or renamed a sheet since: then read the long way.
      const contents = await this.readExpectedSheets(expected).catch(() => null);
      if (contents !== null) return contents;
    }
    return this.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/name");
      const names = context.workbook.names;
      names.load("items/name,items/formula");
      await context.sync();
      const sheetNames = worksheets.items.map((sheet) => sheet.name);
      const grids = await this.readGrids(
        context,
        worksheets.items.map((sheet) => ({ name: sheet.name, sheet }))
      );
      return this.contentsOf(sheetNames, grids, names.items);
    });
  }

  /**
   * One sync: the used ranges of `expected`, with the actual sheet list and names. Null when
   * the workbook's sheets are no longer exactly `expected`; throws when one of them is gone.
   */
  private async readExpectedSheets(expected: readonly string[]): Promise<WorkbookContents | null> {
    return this.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/name");
      const names = context.workbook.names;
      names.load("items/name,items/formula");
      const finish = this.queueGridReads(
        expected.map((name) => ({ name, sheet: worksheets.getItem(name) }))
      );
      await context.sync();
      const sheetNames = worksheets.items.map((sheet) => sheet.name);
      const unchanged =
        sheetNames.length === expected.length &&
        sheetNames.every((name, index) => name === expected[index]);
      return unchanged ? this.contentsOf(sheetNames, finish(), names.items) : null;
    });
  }

  /** The contents from what a read loaded; records the sheets and marks for the next write. */
  private contentsOf(
    sheetNames: readonly string[],
    grids: readonly Grid[],
    definedNames: readonly { readonly name: string; readonly formula: string }[]
  ): WorkbookContents {
    const sheetKeys = new Set(sheetNames.map(sheetNameKey));
    const marks = definedNames.flatMap((item) => {
      const sheet = isAddinSheetMarkName(item.name) ? sheetOfReference(item.formula) : null;
      return sheet !== null && sheetKeys.has(sheetNameKey(sheet))
        ? [{ name: item.name, sheet }]
        : [];
    });
    this.known = { sheetNames, marks, definedNames: definedNames.map((item) => item.name) };
    this.expectedSheetNames = sheetNames;

    const markedKeys = new Set(marks.map((mark) => sheetNameKey(mark.sheet)));
    const configurationKey = sheetNameKey(CONFIGURATION_SHEET_NAME);
    const isAddin = (grid: Grid) => markedKeys.has(sheetNameKey(grid.sheetName));
    const isConfiguration = (grid: Grid) => sheetNameKey(grid.sheetName) === configurationKey;
    const configuration = grids.find(isConfiguration);
    return {
      sheetNames,
      grids: grids.filter((grid) => !isAddin(grid) && !isConfiguration(grid)),
      configurationJson: configuration === undefined ? null : configurationFromGrid(configuration),
      addinSheets: grids.filter((grid) => isAddin(grid) && !isConfiguration(grid)),
    };
  }

  /** Names of all worksheets, in tab order: one sync. */
  async listSheets(): Promise<string[]> {
    return this.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/name");
      await context.sync();
      return worksheets.items.map((sheet) => sheet.name);
    });
  }

  /**
   * The named sheets' grids, in the order asked: one sync to list the sheets, one to read them
   * all. Throws a `HostError` when a named sheet does not exist (before reading any).
   */
  async readSheets(names: readonly string[]): Promise<Grid[]> {
    return this.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/name");
      await context.sync();
      const sheets = names.map((name) => {
        const sheet = worksheets.items.find(
          (item) => sheetNameKey(item.name) === sheetNameKey(name)
        );
        if (sheet === undefined) {
          throw new HostError(
            localized(`Không tìm thấy trang tính “${name}”.`, `The sheet “${name}” was not found.`)
          );
        }
        return { name: sheet.name, sheet };
      });
      return sheets.length === 0 ? [] : this.readGrids(context, sheets);
    });
  }

  /**
   * Writes each spec as a new sheet at the end, marked as the add-in's, and the configuration
   * when `options` has one, in one sync (page layout included), with calculation suspended
   * until it. The plan comes from the last read (a read
   * first when there was none): an add-in sheet of the same name is deleted and written again;
   * a clash with any other sheet throws a `HostError` before anything is queued. The write is
   * split in several syncs only when its estimated request passes `maxRequestBytes`.
   * Without ExcelApi 1.9 the sheets are written without page layout, and a warning says so.
   */
  async writeSheets(
    specs: readonly SheetSpec[],
    options: WriteSheetsOptions = {}
  ): Promise<readonly Localized[]> {
    const known = this.known ?? (await this.readKnown());
    const replaced = planSheetWrites(
      specs,
      known.sheetNames,
      known.marks.map((mark) => mark.sheet)
    );
    const configurationJson = options.configurationJson;
    if (specs.length === 0 && configurationJson === undefined) return [];
    const pageLayout = this.supports("ExcelApi", "1.9");
    const configurationKey = sheetNameKey(CONFIGURATION_SHEET_NAME);
    const hasConfiguration = known.sheetNames.some(
      (name) => sheetNameKey(name) === configurationKey
    );
    const operations = this.writeOperations(specs, known, replaced, pageLayout);
    if (configurationJson !== undefined) {
      // After the sheets: the configuration records them (their fingerprints).
      operations.push({
        bytes: SMALL_OPERATION_BYTES + jsonBytes(configurationJson),
        queue: (context) => queueConfiguration(context, configurationJson, hasConfiguration),
      });
    }
    const batches = requestBatches(operations, this.maxRequestBytes);
    this.known = null;
    const replacedKeys = new Set(replaced.map(sheetNameKey));
    this.expectedSheetNames = [
      ...known.sheetNames.filter((name) => !replacedKeys.has(sheetNameKey(name))),
      ...specs.map((spec) => spec.name),
      ...(configurationJson !== undefined && !hasConfiguration ? [CONFIGURATION_SHEET_NAME] : []),
    ];
    await this.run(async (context) => {
      for (const batch of batches) {
        context.application.suspendApiCalculationUntilNextSync();
        for (const operation of batch) operation.queue(context);
        // One batch unless the request would pass Excel on the web's 5 MB limit.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      }
    });
    return pageLayout || specs.length === 0
      ? []
      : [pageLayoutWarning(specs.map((spec) => spec.name))];
  }

  /** The stored configuration: one sync to find its sheet, one to read it. */
  async readConfiguration(): Promise<string | null> {
    return this.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(CONFIGURATION_SHEET_NAME);
      await context.sync();
      if (sheet.isNullObject) return null;
      const [grid] = await this.readGrids(context, [{ name: CONFIGURATION_SHEET_NAME, sheet }]);
      return grid === undefined ? null : configurationFromGrid(grid);
    });
  }

  /**
   * Rewrites the visible configuration sheet (added at the end when missing), as
   * `queueConfiguration` does: one sync after a read (which saw whether the sheet exists), else
   * one to find the sheet and one to write.
   */
  async writeConfiguration(json: string): Promise<void> {
    if (this.known !== null) {
      await this.writeSheets([], { configurationJson: json });
      return;
    }
    await this.run(async (context) => {
      const existing = context.workbook.worksheets.getItemOrNullObject(CONFIGURATION_SHEET_NAME);
      await context.sync();
      queueConfiguration(context, json, !existing.isNullObject);
      await context.sync();
      if (existing.isNullObject && this.expectedSheetNames !== null) {
        this.expectedSheetNames = [...this.expectedSheetNames, CONFIGURATION_SHEET_NAME];
      }
    });
    this.known = null;
  }

  /** Activates the sheet and selects the cell (or range) at `cell`, e.g. "C7": one sync. */
  async selectCell(sheetName: string, cell: string): Promise<void> {
    await this.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      sheet.activate();
      sheet.getRange(cell).select();
      await context.sync();
    });
  }

  /** The sheet names and marks, read as `readWorkbook` reads them (its two syncs). */
  private async readKnown(): Promise<KnownWorkbook> {
    await this.readWorkbook();
    if (this.known === null) throw new Error("readWorkbook did not record the workbook");
    return this.known;
  }

  /** Queues the reads of every sheet's used range (and merged areas), then syncs once. */
  private async readGrids(
    context: Excel.RequestContext,
    sheets: readonly { readonly name: string; readonly sheet: Excel.Worksheet }[]
  ): Promise<Grid[]> {
    const finish = this.queueGridReads(sheets);
    await context.sync();
    return finish();
  }

  /**
   * Queues the reads of every sheet's used range (and merged areas where ExcelApi 1.13 is
   * available); the function returned gives the grids once the batch is synced.
   */
  private queueGridReads(
    sheets: readonly { readonly name: string; readonly sheet: Excel.Worksheet }[]
  ): () => Grid[] {
    const withMerges = this.supports("ExcelApi", "1.13");
    const reads = sheets.map(({ name, sheet }) => {
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load("values,rowIndex,columnIndex");
      const merged = withMerges ? sheet.getRange().getMergedAreasOrNullObject() : null;
      merged?.load("address");
      return { name, used, merged };
    });
    return () => reads.map((read) => gridOfUsedRange(read.name, read.used, read.merged));
  }

  /** Everything a write queues, in order: deletions, then each new sheet, its mark and its steps. */
  private writeOperations(
    specs: readonly SheetSpec[],
    known: KnownWorkbook,
    replaced: readonly string[],
    pageLayout: boolean
  ): Operation[] {
    const replacedKeys = new Set(replaced.map(sheetNameKey));
    const liveMarks = new Set(known.marks.map((mark) => mark.name.toLowerCase()));
    // Marks whose sheet a user deleted go, and so do the marks of the sheets replaced.
    const unmarked = [
      ...known.definedNames.filter(
        (name) => isAddinSheetMarkName(name) && !liveMarks.has(name.toLowerCase())
      ),
      ...known.marks
        .filter((mark) => replacedKeys.has(sheetNameKey(mark.sheet)))
        .map((mark) => mark.name),
    ];
    const unmarkedKeys = new Set(unmarked.map((name) => name.toLowerCase()));
    const taken = new Set(
      known.definedNames.map((name) => name.toLowerCase()).filter((name) => !unmarkedKeys.has(name))
    );
    const operations: Operation[] = [
      ...unmarked.map((name) => ({
        bytes: SMALL_OPERATION_BYTES,
        queue: (context: Excel.RequestContext) => context.workbook.names.getItem(name).delete(),
      })),
      ...replaced.map((name) => ({
        bytes: SMALL_OPERATION_BYTES,
        queue: (context: Excel.RequestContext) =>
          context.workbook.worksheets.getItem(name).delete(),
      })),
    ];
    for (const spec of specs) {
      let index = 1;
      while (taken.has(addinSheetMarkName(spec.kind, spec.year, index).toLowerCase())) index += 1;
      const markName = addinSheetMarkName(spec.kind, spec.year, index);
      taken.add(markName.toLowerCase());
      let sheet: Excel.Worksheet | null = null;
      const onSheet = (step: WriteStep): Operation => ({
        bytes: step.bytes,
        queue: () => {
          if (sheet === null) throw new Error(`The sheet “${spec.name}” was not added first`);
          step.queue(sheet);
        },
      });
      operations.push({
        bytes: SMALL_OPERATION_BYTES,
        queue: (context) => {
          sheet = context.workbook.worksheets.add(spec.name);
          context.workbook.names.add(markName, `=${addinSheetMarkReference(spec.name)}`);
        },
      });
      operations.push(
        ...sheetWriteSteps(spec, this.maxRequestBytes / 2).map(onSheet),
        ...(pageLayout ? [onSheet(pageLayoutStep(spec.page))] : [])
      );
    }
    return operations;
  }
}

/**
 * Queues the configuration sheet's rewrite: added at the end when `exists` is false, else
 * cleared; then the rows of `configurationToRows`, every written cell formatted as text first,
 * so nothing in the JSON is ever evaluated; column A wide, the title wrapped.
 */
function queueConfiguration(context: Excel.RequestContext, json: string, exists: boolean): void {
  const rows = configurationToRows(json);
  const width = Math.max(1, ...rows.map((row) => row.length));
  const values = rows.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? ""));
  const worksheets = context.workbook.worksheets;
  const sheet = exists
    ? worksheets.getItem(CONFIGURATION_SHEET_NAME)
    : worksheets.add(CONFIGURATION_SHEET_NAME);
  if (exists) sheet.getRange().clear();
  const range = sheet.getRangeByIndexes(0, 0, values.length, width);
  range.numberFormat = values.map((row) => row.map(() => "@"));
  range.values = values;
  sheet.getRange("A:A").format.columnWidth = columnWidthPoints(CONFIGURATION_COLUMN_WIDTH);
  const title = sheet.getRange("A1:A2").format;
  title.wrapText = true;
  title.verticalAlignment = "Top" as Excel.VerticalAlignment;
  sheet.getRange("A1").format.font.bold = true;
  sheet.getRange("A2").format.font.italic = true;
}
