/**
 * The Office.js host: the only module that touches the `Office` and `Excel` globals. Reading a
 * workbook is two syncs (list the sheets, then read them all); writing the generated sheets is
 * one, whatever the number of units, split only to stay under Excel on the web's 5 MB request.
 */
import type { Localized } from "../core/localized";
import type { SheetSpec } from "../documents/sheetSpec";
import {
  CONFIGURATION_SHEET_NAME,
  configurationFromGrid,
  configurationToRows,
} from "../sheets/configurationSheet";
import type { CellValue, Grid, MergedArea } from "../sheets/grid";
import { estimateRequestBytes, writeSheetSpec } from "./excel/writeSheetSpec";
import type { WorkbookContents, WorkbookHost } from "./host";
import {
  addinSheetMarkName,
  addinSheetMarkReference,
  isAddinSheetMarkName,
  sheetOfReference,
} from "./shared/addinSheetMark";
import { planSheetWrites } from "./shared/planSheetWrites";
import { sheetNameKey } from "./shared/sheetNameKey";

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
  /** Largest estimated request before a write is split in several syncs (Excel on the web: 5 MB). */
  readonly maxRequestBytes?: number;
}

interface SheetMark {
  readonly name: string;
  readonly sheet: string;
}

/** What the last read saw, to plan a write without another round trip. */
interface KnownWorkbook {
  readonly sheetNames: readonly string[];
  readonly marks: readonly SheetMark[];
}

export function createExcelHost(): ExcelHost {
  return new ExcelHost((batch) => Excel.run(batch), {
    supports: (set, version) => Office.context.requirements.isSetSupported(set, version),
  });
}

export class ExcelHost implements WorkbookHost {
  private known: KnownWorkbook | null = null;
  private readonly supports: (set: string, version: string) => boolean;
  private readonly maxRequestBytes: number;

  constructor(
    private readonly run: ExcelRun,
    options: ExcelHostOptions = {}
  ) {
    this.supports = options.supports ?? (() => false);
    this.maxRequestBytes = options.maxRequestBytes ?? 4_000_000;
  }

  async readWorkbook(): Promise<WorkbookContents> {
    return this.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/name");
      const names = context.workbook.names;
      names.load("items/name,items/formula");
      await context.sync();

      const withMerges = this.supports("ExcelApi", "1.13");
      const reads = worksheets.items.map((sheet) => {
        const used = sheet.getUsedRangeOrNullObject(true);
        used.load("values,rowIndex,columnIndex");
        const merged = withMerges ? sheet.getRange().getMergedAreasOrNullObject() : null;
        merged?.load("address");
        return { name: sheet.name, used, merged };
      });
      await context.sync();

      const marks = names.items
        .filter((item) => isAddinSheetMarkName(item.name))
        .map((item) => ({
          name: item.name,
          sheet: sheetOfReference(item.formula.replace(/^=/, "")),
        }))
        .filter((mark): mark is SheetMark => mark.sheet !== null);
      const sheetNames = reads.map((read) => read.name);
      this.known = { sheetNames, marks };

      const markedKeys = new Set(marks.map((mark) => sheetNameKey(mark.sheet)));
      const grids = reads.map((read) => toGrid(read.name, read.used, read.merged));
      const isAddin = (grid: Grid) => markedKeys.has(sheetNameKey(grid.sheetName));
      const isConfiguration = (grid: Grid) =>
        sheetNameKey(grid.sheetName) === sheetNameKey(CONFIGURATION_SHEET_NAME);
      const configuration = grids.find(isConfiguration);
      return {
        sheetNames,
        grids: grids.filter((grid) => !isAddin(grid) && !isConfiguration(grid)),
        configurationJson: configuration ? configurationFromGrid(configuration) : null,
        addinSheets: grids.filter(isAddin),
      };
    });
  }

  async listSheets(): Promise<string[]> {
    return [...(await this.readWorkbook()).sheetNames];
  }

  async readSheets(names: readonly string[]): Promise<Grid[]> {
    const contents = await this.readWorkbook();
    const all = [...contents.grids, ...contents.addinSheets];
    return names.flatMap((name) =>
      all.filter((grid) => sheetNameKey(grid.sheetName) === sheetNameKey(name))
    );
  }

  /** Writes every spec as a new sheet in one sync; replaces only the add-in's own sheets. */
  async writeSheets(specs: readonly SheetSpec[]): Promise<readonly Localized[]> {
    const known = this.known ?? (await this.readWorkbook(), this.known!);
    // Refuses a clash with a user's sheet before anything is queued.
    const replaced = planSheetWrites(
      specs,
      known.sheetNames,
      known.marks.map((mark) => mark.sheet)
    );
    const pageLayout = this.supports("ExcelApi", "1.9");
    const warnings: Localized[] = [];
    await this.run(async (context) => {
      context.application.suspendApiCalculationUntilNextSync();
      const replacedKeys = new Set(replaced.map(sheetNameKey));
      for (const mark of known.marks) {
        if (replacedKeys.has(sheetNameKey(mark.sheet)))
          context.workbook.names.getItem(mark.name).delete();
      }
      for (const name of replaced) context.workbook.worksheets.getItem(name).delete();
      const taken = new Set(
        known.marks.filter((m) => !replacedKeys.has(sheetNameKey(m.sheet))).map((m) => m.name)
      );
      let queuedBytes = 0;
      for (const spec of specs) {
        const size = estimateRequestBytes(spec);
        if (queuedBytes > 0 && queuedBytes + size > this.maxRequestBytes) {
          // Only to stay under Excel on the web's request limit; a normal bloc never gets here.
          // eslint-disable-next-line office-addins/no-context-sync-in-loop
          await context.sync();
          queuedBytes = 0;
        }
        queuedBytes += size;
        const sheet = context.workbook.worksheets.add(spec.name);
        warnings.push(
          ...writeSheetSpec(sheet, spec, pageLayout).filter(
            (w) => !warnings.some((x) => x.en === w.en)
          )
        );
        let index = 1;
        while (taken.has(addinSheetMarkName(spec.kind, spec.year, index))) index++;
        const markName = addinSheetMarkName(spec.kind, spec.year, index);
        taken.add(markName);
        context.workbook.names.add(markName, `=${addinSheetMarkReference(spec.name)}`);
      }
      await context.sync();
    });
    this.known = null;
    return pageLayout ? [] : warnings.slice(0, 1);
  }

  async readConfiguration(): Promise<string | null> {
    return (await this.readWorkbook()).configurationJson;
  }

  /** Rewrites the visible configuration sheet; its cells are text, so nothing in it is evaluated. */
  async writeConfiguration(json: string): Promise<void> {
    const rows = configurationToRows(json);
    const width = Math.max(1, ...rows.map((row) => row.length));
    const values = rows.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? ""));
    await this.run(async (context) => {
      const existing = context.workbook.worksheets.getItemOrNullObject(CONFIGURATION_SHEET_NAME);
      await context.sync();
      const sheet = existing.isNullObject
        ? context.workbook.worksheets.add(CONFIGURATION_SHEET_NAME)
        : existing;
      sheet.getRange().clear();
      const range = sheet.getRangeByIndexes(0, 0, values.length, width);
      range.numberFormat = values.map((row) => row.map(() => "@"));
      range.values = values as (string | number | boolean)[][];
      sheet.getRange("A:A").format.columnWidth = 600;
      await context.sync();
    });
    this.known = null;
  }

  async selectCell(sheetName: string, cell: string): Promise<void> {
    await this.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      sheet.activate();
      sheet.getRange(cell).select();
      await context.sync();
    });
  }
}

function toGrid(sheetName: string, used: Excel.Range, merged: Excel.RangeAreas | null): Grid {
  if (used.isNullObject) {
    return { sheetName, originRow: 1, originColumn: 1, values: [], merges: [], tables: [] };
  }
  const originRow = used.rowIndex + 1;
  const originColumn = used.columnIndex + 1;
  const values = (used.values as unknown[][]).map((row) => row.map(cellValue));
  const merges: MergedArea[] =
    merged && !merged.isNullObject
      ? merged.address
          .split(",")
          .map((area) => parseArea(area.slice(area.lastIndexOf("!") + 1)))
          .filter((area): area is MergedArea => area !== null)
          .map((area) => ({
            top: area.top - originRow,
            left: area.left - originColumn,
            bottom: area.bottom - originRow,
            right: area.right - originColumn,
          }))
      : [];
  return { sheetName, originRow, originColumn, values, merges, tables: [] };
}

function cellValue(value: unknown): CellValue {
  if (value === "" || value === undefined || value === null) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return value;
  return String(value);
}

/** "B2:D3" (1-based, absolute or not) → rows and columns; null when it is not an area. */
function parseArea(reference: string): MergedArea | null {
  const match = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(reference.trim());
  if (!match) return null;
  const column = (letters: string) =>
    [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const left = column(match[1]!);
  const top = Number(match[2]);
  return { top, left, bottom: Number(match[4] ?? top), right: match[3] ? column(match[3]) : left };
}
