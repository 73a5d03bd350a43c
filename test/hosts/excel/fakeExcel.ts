/**
 * An in-memory stand-in for the parts of Excel's JavaScript API that ExcelHost uses. Like the
 * real one it is a batch: properties are readable only after `load()` and a `sync()` (reading
 * earlier throws PropertyNotLoaded), and it counts every sync, so tests can assert round trips.
 * The workbook is plain data, so tests can assert what was written, and where.
 */
import type { Grid } from "../../../src/sheets/grid";

export interface FakeCell {
  value: string | number | boolean | null;
  numberFormat: string;
  /** The number format that was in force when the value was written. */
  formatAtWrite: string;
}

export interface FakeSheet {
  name: string;
  cells: Map<string, FakeCell>;
  merges: string[];
  writes: number;
  pageLayout: Record<string, unknown>;
}

export interface FakeWorkbook {
  sheets: FakeSheet[];
  names: { name: string; formula: string }[];
  syncs: number;
  calculationSuspended: number;
}

class NotLoaded extends Error {
  constructor(what: string) {
    super(`PropertyNotLoaded: ${what} was read before load() and sync()`);
  }
}

const key = (row: number, column: number) => `${row},${column}`;

function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

function columnLetters(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** "B2:D3", "A:A", "5:5", "C4" → 1-based bounds (whole columns and rows up to a large edge). */
function parseAddress(address: string): {
  top: number;
  left: number;
  bottom: number;
  right: number;
} {
  const [first, second = first] = address.split(":") as [string, string?];
  const part = (text: string) => {
    const match = /^\$?([A-Z]*)\$?(\d*)$/i.exec(text)!;
    return {
      column: match[1] ? columnNumber(match[1]) : null,
      row: match[2] ? Number(match[2]) : null,
    };
  };
  const a = part(first);
  const b = part(second!);
  return {
    top: a.row ?? 1,
    left: a.column ?? 1,
    bottom: b.row ?? 1_048_576,
    right: b.column ?? 16_384,
  };
}

export function createFakeWorkbook(grids: readonly Grid[]): FakeWorkbook {
  return {
    sheets: grids.map((grid) => {
      const cells = new Map<string, FakeCell>();
      grid.values.forEach((row, r) =>
        row.forEach((value, c) => {
          if (value !== null) {
            cells.set(key(grid.originRow + r, grid.originColumn + c), {
              value,
              numberFormat: "General",
              formatAtWrite: "General",
            });
          }
        })
      );
      const merges = grid.merges.map(
        (m) =>
          `${columnLetters(grid.originColumn + m.left)}${grid.originRow + m.top}:${columnLetters(grid.originColumn + m.right)}${grid.originRow + m.bottom}`
      );
      return { name: grid.sheetName, cells, merges, writes: 0, pageLayout: {} };
    }),
    names: [],
    syncs: 0,
    calculationSuspended: 0,
  };
}

/** A batch over the fake workbook, shaped like Excel.run. */
export function fakeRun(workbook: FakeWorkbook) {
  return async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const context = new FakeContext(workbook);
    return batch(context as unknown as Excel.RequestContext);
  };
}

class FakeContext {
  private readonly pending: (() => void)[] = [];
  readonly workbook: { worksheets: FakeWorksheets; names: FakeNames };
  readonly application: { suspendApiCalculationUntilNextSync: () => void };

  constructor(private readonly book: FakeWorkbook) {
    this.workbook = {
      worksheets: new FakeWorksheets(book, this),
      names: new FakeNames(book, this),
    };
    this.application = {
      suspendApiCalculationUntilNextSync: () => void book.calculationSuspended++,
    };
  }

  queue(afterSync: () => void): void {
    this.pending.push(afterSync);
  }

  async sync(): Promise<void> {
    this.book.syncs++;
    for (const resolve of this.pending.splice(0)) resolve();
  }
}

class FakeWorksheets {
  private loadedItems: FakeWorksheet[] | null = null;
  constructor(
    private readonly book: FakeWorkbook,
    private readonly context: FakeContext
  ) {}

  load(): void {
    this.context.queue(() => {
      this.loadedItems = this.book.sheets.map(
        (sheet) => new FakeWorksheet(sheet, this.book, this.context, true)
      );
    });
  }

  get items(): FakeWorksheet[] {
    if (!this.loadedItems) throw new NotLoaded("worksheets.items");
    return this.loadedItems;
  }

  getItem(name: string): FakeWorksheet {
    const sheet = this.book.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (!sheet) throw new Error(`ItemNotFound: ${name}`);
    return new FakeWorksheet(sheet, this.book, this.context, false);
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    const sheet = this.book.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    const proxy = new FakeWorksheet(sheet ?? null, this.book, this.context, false);
    this.context.queue(() => proxy.markSynced());
    return proxy;
  }

  add(name: string): FakeWorksheet {
    if (this.book.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
      throw new Error(`ItemAlreadyExists: ${name}`);
    }
    const sheet: FakeSheet = { name, cells: new Map(), merges: [], writes: 0, pageLayout: {} };
    this.book.sheets.push(sheet);
    return new FakeWorksheet(sheet, this.book, this.context, true);
  }
}

class FakeWorksheet {
  private synced = false;
  readonly pageLayout: Record<string, unknown>;

  constructor(
    private readonly sheet: FakeSheet | null,
    private readonly book: FakeWorkbook,
    private readonly context: FakeContext,
    private readonly nameKnown: boolean
  ) {
    const layout = sheet?.pageLayout ?? {};
    this.pageLayout = new Proxy(
      Object.assign(layout, {
        setPrintTitleRows: (rows: string) => void (layout.printTitleRows = rows),
        headersFooters: { defaultForAllPages: layout.footer ?? (layout.footer = {}) },
      }),
      {
        set: (target, property, value) => {
          this.written();
          (target as Record<string | symbol, unknown>)[property] = value;
          return true;
        },
      }
    );
  }

  markSynced(): void {
    this.synced = true;
  }

  get isNullObject(): boolean {
    if (!this.synced) throw new NotLoaded("worksheet.isNullObject");
    return this.sheet === null;
  }

  get name(): string {
    if (!this.nameKnown) throw new NotLoaded("worksheet.name");
    return this.sheet!.name;
  }

  private written(): void {
    this.sheet!.writes++;
  }

  getUsedRangeOrNullObject(): FakeRange {
    const sheet = this.sheet!;
    let bounds: { top: number; left: number; bottom: number; right: number } | null = null;
    for (const [position, cell] of sheet.cells) {
      if (cell.value === null || cell.value === "") continue;
      const [row, column] = position.split(",").map(Number) as [number, number];
      bounds = bounds
        ? {
            top: Math.min(bounds.top, row),
            left: Math.min(bounds.left, column),
            bottom: Math.max(bounds.bottom, row),
            right: Math.max(bounds.right, column),
          }
        : { top: row, left: column, bottom: row, right: column };
    }
    return new FakeRange(sheet, bounds, this.context, () => this.written());
  }

  getRange(address?: string): FakeRange {
    const bounds = address
      ? parseAddress(address)
      : { top: 1, left: 1, bottom: 1_048_576, right: 16_384 };
    return new FakeRange(this.sheet!, bounds, this.context, () => this.written());
  }

  getRangeByIndexes(row: number, column: number, rows: number, columns: number): FakeRange {
    return this.getRange(
      `${columnLetters(column + 1)}${row + 1}:${columnLetters(column + columns)}${row + rows}`
    );
  }

  activate(): void {}

  delete(): void {
    this.book.sheets.splice(this.book.sheets.indexOf(this.sheet!), 1);
  }
}

class FakeRange {
  private loaded = new Set<string>();
  private synced = false;
  readonly format: Record<string, unknown>;

  constructor(
    private readonly sheet: FakeSheet,
    private readonly bounds: { top: number; left: number; bottom: number; right: number } | null,
    private readonly context: FakeContext,
    private readonly written: () => void
  ) {
    const record = (): Record<string, unknown> =>
      new Proxy({} as Record<string, unknown>, {
        set: (target, property, value) => {
          written();
          target[property as string] = value;
          return true;
        },
      });
    const font = record();
    const borders = { getItem: () => record() };
    this.format = new Proxy({ font, borders } as Record<string, unknown>, {
      set: (target, property, value) => {
        written();
        target[property as string] = value;
        return true;
      },
    });
  }

  load(properties: string): this {
    this.context.queue(() => {
      this.synced = true;
      for (const property of properties.split(",")) this.loaded.add(property.trim());
    });
    return this;
  }

  private read<T>(property: string, value: () => T): T {
    if (!this.loaded.has(property)) throw new NotLoaded(`range.${property}`);
    return value();
  }

  get isNullObject(): boolean {
    if (!this.synced) throw new NotLoaded("range.isNullObject");
    return this.bounds === null;
  }

  get rowIndex(): number {
    return this.read("rowIndex", () => this.bounds!.top - 1);
  }

  get columnIndex(): number {
    return this.read("columnIndex", () => this.bounds!.left - 1);
  }

  get values(): (string | number | boolean)[][] {
    return this.read("values", () => {
      const b = this.bounds!;
      const rows: (string | number | boolean)[][] = [];
      for (let r = b.top; r <= b.bottom; r++) {
        const row: (string | number | boolean)[] = [];
        for (let c = b.left; c <= b.right; c++)
          row.push(this.sheet.cells.get(key(r, c))?.value ?? "");
        rows.push(row);
      }
      return rows;
    });
  }

  set values(matrix: (string | number | boolean)[][]) {
    this.written();
    const b = this.bounds!;
    matrix.forEach((row, r) =>
      row.forEach((value, c) => {
        const cell = this.cell(b.top + r, b.left + c);
        cell.value = value;
        cell.formatAtWrite = cell.numberFormat;
      })
    );
  }

  set numberFormat(matrix: string[][]) {
    this.written();
    const b = this.bounds!;
    matrix.forEach((row, r) =>
      row.forEach((format, c) => (this.cell(b.top + r, b.left + c).numberFormat = format))
    );
  }

  private cell(row: number, column: number): FakeCell {
    const position = key(row, column);
    let cell = this.sheet.cells.get(position);
    if (!cell) {
      cell = { value: null, numberFormat: "General", formatAtWrite: "General" };
      this.sheet.cells.set(position, cell);
    }
    return cell;
  }

  merge(): void {
    this.written();
    const b = this.bounds!;
    this.sheet.merges.push(`${columnLetters(b.left)}${b.top}:${columnLetters(b.right)}${b.bottom}`);
  }

  getMergedAreasOrNullObject() {
    const sheet = this.sheet;
    let synced = false;
    const loaded = new Set<string>();
    const areas = {
      load: (properties: string) =>
        this.context.queue(() => ((synced = true), loaded.add(properties))),
      get isNullObject() {
        if (!synced) throw new NotLoaded("rangeAreas.isNullObject");
        return sheet.merges.length === 0;
      },
      get address() {
        if (!loaded.has("address")) throw new NotLoaded("rangeAreas.address");
        return sheet.merges.map((merge) => `${sheet.name}!${merge}`).join(",");
      },
    };
    return areas;
  }

  select(): void {}

  clear(): void {
    this.written();
    this.sheet.cells.clear();
  }
}

class FakeNames {
  private loadedItems: { name: string; formula: string }[] | null = null;
  constructor(
    private readonly book: FakeWorkbook,
    private readonly context: FakeContext
  ) {}

  load(): void {
    this.context.queue(() => (this.loadedItems = this.book.names.map((item) => ({ ...item }))));
  }

  get items(): { name: string; formula: string }[] {
    if (!this.loadedItems) throw new NotLoaded("names.items");
    return this.loadedItems;
  }

  add(name: string, formula: string): void {
    if (this.book.names.some((item) => item.name.toLowerCase() === name.toLowerCase())) {
      throw new Error(`ItemAlreadyExists: name ${name}`);
    }
    this.book.names.push({ name, formula });
  }

  getItem(name: string) {
    return {
      delete: () => {
        this.book.names = this.book.names.filter((item) => item.name !== name);
      },
    };
  }
}
