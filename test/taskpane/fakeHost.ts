import type { Localized } from "../../src/core/localized";
import type { SheetSpec } from "../../src/documents/sheetSpec";
import type { WorkbookContents, WorkbookHost, WriteSheetsOptions } from "../../src/hosts/host";
import type { CellValue, Grid } from "../../src/sheets/grid";

/** A grid as a host would read back a written spec: its values from A1. */
function gridOfSpec(spec: SheetSpec): Grid {
  return {
    sheetName: spec.name,
    originRow: 1,
    originColumn: 1,
    values: spec.rows.map((row) => row.map((cell): CellValue => cell?.value ?? null)),
    merges: [],
    tables: [],
  };
}

function setCell(grid: Grid, row: number, column: number, value: CellValue): Grid {
  const values = grid.values.map((cells) => [...cells]);
  const r = row - grid.originRow;
  const c = column - grid.originColumn;
  while (values.length <= r) values.push([]);
  const target = values[r]!;
  while (target.length <= c) target.push(null);
  target[c] = value;
  return { ...grid, values };
}

/**
 * An in-memory workbook host that records every call. Writing sheets adds them as add-in sheets
 * (as Excel would read them back); `pauseReads` holds the next reads until `resumeReads`.
 */
export class FakeHost implements WorkbookHost {
  contents: WorkbookContents;
  reads = 0;
  readonly written: (readonly SheetSpec[])[] = [];
  readonly configurations: string[] = [];
  readonly selected: [string, string][] = [];
  warnings: readonly Localized[] = [];
  selectCell?: (sheet: string, cell: string) => Promise<void>;
  private paused: Promise<void> | null = null;
  private release: (() => void) | null = null;

  constructor(contents: WorkbookContents, options: { canSelect?: boolean } = {}) {
    this.contents = contents;
    if (options.canSelect ?? true) {
      this.selectCell = async (sheet, cell) => {
        this.selected.push([sheet, cell]);
      };
    }
  }

  pauseReads(): void {
    this.paused = new Promise((resolve) => (this.release = resolve));
  }

  resumeReads(): void {
    this.release?.();
    this.paused = null;
    this.release = null;
  }

  async readWorkbook(): Promise<WorkbookContents> {
    this.reads++;
    if (this.paused) await this.paused;
    return this.contents;
  }

  async listSheets(): Promise<string[]> {
    return [...this.contents.sheetNames];
  }

  async readSheets(names: readonly string[]): Promise<Grid[]> {
    return this.contents.grids.filter((grid) => names.includes(grid.sheetName));
  }

  async writeSheets(
    specs: readonly SheetSpec[],
    options: WriteSheetsOptions = {}
  ): Promise<readonly Localized[]> {
    this.written.push(specs);
    const replaced = new Set(specs.map((spec) => spec.name.toLowerCase()));
    const kept = this.contents.addinSheets.filter(
      (grid) => !replaced.has(grid.sheetName.toLowerCase())
    );
    const names = this.contents.sheetNames.filter((name) => !replaced.has(name.toLowerCase()));
    this.contents = {
      ...this.contents,
      sheetNames: [...names, ...specs.map((spec) => spec.name)],
      addinSheets: [...kept, ...specs.map(gridOfSpec)],
    };
    if (options.configurationJson !== undefined) {
      await this.writeConfiguration(options.configurationJson);
    }
    return this.warnings;
  }

  async readConfiguration(): Promise<string | null> {
    return this.contents.configurationJson;
  }

  async writeConfiguration(json: string): Promise<void> {
    this.configurations.push(json);
    this.contents = { ...this.contents, configurationJson: json };
  }

  /** Someone types into a sheet: a source sheet (a co-author) or one the add-in generated. */
  edit(sheet: string, row: number, column: number, value: CellValue): void {
    const change = (grid: Grid) =>
      grid.sheetName === sheet ? setCell(grid, row, column, value) : grid;
    this.contents = {
      ...this.contents,
      grids: this.contents.grids.map(change),
      addinSheets: this.contents.addinSheets.map(change),
    };
  }
}
