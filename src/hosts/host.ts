import type { Localized } from "../core/localized";
import type { SheetSpec } from "../documents/sheetSpec";
import type { Grid } from "../sheets/grid";

/** Everything the job reads from a workbook, in one batch. */
export interface WorkbookContents {
  /** All worksheets, in tab order. */
  readonly sheetNames: readonly string[];
  /** The secretariat's own sheets: every sheet but the add-in's outputs and its configuration. */
  readonly grids: readonly Grid[];
  /** The add-in's stored configuration (JSON), or null when none. */
  readonly configurationJson: string | null;
  /** The sheets the add-in generated earlier, as they are now (to tell whether someone edited them). */
  readonly addinSheets: readonly Grid[];
}

/** What a write stores besides the sheets. */
export interface WriteSheetsOptions {
  /**
   * The configuration to store with the sheets, in the same batch (one sync in Excel): the
   * profile, the mapping and the fingerprints of the sheets being written.
   */
  readonly configurationJson?: string;
}

/**
 * What a shell needs from a workbook, whatever holds it: Excel through Office.js, an `.xlsx`
 * file through exceljs, or an in-memory fake in tests. Each call is one batch.
 */
export interface WorkbookHost {
  /** Reads the whole workbook as the job needs it, in one batch (one sync in Excel). */
  readWorkbook(): Promise<WorkbookContents>;
  /** Names of all worksheets, in tab order. */
  listSheets(): Promise<string[]>;
  /** The used range of each named sheet, read together. */
  readSheets(names: readonly string[]): Promise<Grid[]>;
  /**
   * Writes each spec as a new sheet. A sheet of the same name is replaced only when the add-in
   * made it; any other name clash is an error before anything is written.
   * Resolves with warnings (e.g. page layout that this Excel cannot set), empty when none.
   */
  writeSheets(
    specs: readonly SheetSpec[],
    options?: WriteSheetsOptions
  ): Promise<readonly Localized[]>;
  /** The add-in's stored configuration (profile, column mapping), or null when none. */
  readConfiguration(): Promise<string | null>;
  writeConfiguration(json: string): Promise<void>;
  /** Selects a cell for the user (Excel only): where a problem was found. */
  selectCell?(sheet: string, cell: string): Promise<void>;
}
