/**
 * An in-memory stand-in for exactly the parts of Excel's JavaScript API that ExcelHost uses.
 * Like the real one it works in batches: a property is readable only after `load()` and a
 * `sync()` (reading earlier throws PropertyNotLoaded), `*OrNullObject` proxies say whether they
 * are null only after a sync, and a batch that ends with writes never synced fails. It counts
 * syncs, and keeps the workbook as plain data (cells, formats, merges, page layout, defined
 * names), with a log of every write on every sheet, so tests can assert what was written where.
 */
import type { Grid } from "../../../src/sheets/grid";

export type FakeValue = string | number | boolean;

export interface FakeCell {
  value: FakeValue | null;
  numberFormat: string;
  /** The number format in force when the value was written: "@" keeps "=1+1" as text. */
  formatAtWrite: string;
}

/** One write on a sheet: the range, what was set ("values", "font.bold", "borders.EdgeTop.style"…). */
export interface FakeWrite {
  readonly address: string;
  readonly property: string;
  readonly value: unknown;
}

export interface FakeSheet {
  name: string;
  /** By "row,column", 1-based. */
  cells: Map<string, FakeCell>;
  /** Merged areas, "B2:D3". */
  merges: string[];
  /** Every write on this sheet, in order (values, formats, merges, widths, heights, layout). */
  writes: FakeWrite[];
  pageLayout: Record<string, unknown>;
}

export interface FakeWorkbook {
  sheets: FakeSheet[];
  /** Workbook-level defined names; `formula` as Excel reports it ("='Sheet'!$A$1"). */
  names: { name: string; formula: string }[];
  syncs: number;
  /** How many write operations each sync sent. */
  operationsPerSync: number[];
  /** Syncs whose batch had called `suspendApiCalculationUntilNextSync`. */
  syncsWithCalculationSuspended: number;
  /** The sheet and range last selected. */
  selection: { sheet: string; address: string } | null;
}

interface Bounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;

class PropertyNotLoaded extends Error {
  constructor(what: string) {
    super(`${what} was read before load() and sync()`);
    this.name = "PropertyNotLoaded";
  }
}

const cellKey = (row: number, column: number) => `${row},${column}`;

function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

function columnLetters(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

function addressOf(bounds: Bounds): string {
  return `${columnLetters(bounds.left)}${bounds.top}:${columnLetters(bounds.right)}${bounds.bottom}`;
}

/** "B2:D3", "A:A", "5:7", "C4" → 1-based bounds (whole columns and rows to the sheet's edge). */
function parseAddress(address: string): Bounds {
  const [first = "", second = first] = address.split(":");
  const part = (text: string) => {
    const match = /^\$?([A-Z]*)\$?(\d*)$/i.exec(text);
    if (match === null || (match[1] === "" && match[2] === "")) {
      throw new Error(`InvalidArgument: the address "${address}" is not valid`);
    }
    return {
      column: match[1] ? columnNumber(match[1]) : null,
      row: match[2] ? Number(match[2]) : null,
    };
  };
  const a = part(first);
  const b = part(second);
  return {
    top: a.row ?? 1,
    left: a.column ?? 1,
    bottom: b.row ?? MAX_ROW,
    right: b.column ?? MAX_COLUMN,
  };
}

function quoted(sheetName: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheetName)
    ? sheetName
    : `'${sheetName.replace(/'/g, "''")}'`;
}

function sameName(a: string, b: string): boolean {
  return a.normalize("NFC").toLowerCase() === b.normalize("NFC").toLowerCase();
}

/** A workbook holding these grids as its sheets, in order. */
export function createFakeWorkbook(grids: readonly Grid[]): FakeWorkbook {
  return {
    sheets: grids.map((grid) => {
      const cells = new Map<string, FakeCell>();
      grid.values.forEach((row, r) =>
        row.forEach((value, c) => {
          if (value !== null) {
            cells.set(cellKey(grid.originRow + r, grid.originColumn + c), {
              value,
              numberFormat: "General",
              formatAtWrite: "General",
            });
          }
        })
      );
      const merges = grid.merges.map((m) =>
        addressOf({
          top: grid.originRow + m.top,
          left: grid.originColumn + m.left,
          bottom: grid.originRow + m.bottom,
          right: grid.originColumn + m.right,
        })
      );
      return { name: grid.sheetName, cells, merges, writes: [], pageLayout: {} };
    }),
    names: [],
    syncs: 0,
    operationsPerSync: [],
    syncsWithCalculationSuspended: 0,
    selection: null,
  };
}

/** A function shaped like `Excel.run`, over the fake workbook. */
export function fakeRun(workbook: FakeWorkbook) {
  return async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const context = new FakeContext(workbook);
    const result = await batch(context as unknown as Excel.RequestContext);
    context.assertNothingPending();
    return result;
  };
}

class FakeContext {
  private readonly afterSync: (() => void)[] = [];
  private operations = 0;
  private calculationSuspended = false;
  readonly workbook: { worksheets: FakeWorksheets; names: FakeNames };
  readonly application: { suspendApiCalculationUntilNextSync: () => void };

  constructor(readonly book: FakeWorkbook) {
    this.workbook = { worksheets: new FakeWorksheets(this), names: new FakeNames(this) };
    this.application = {
      suspendApiCalculationUntilNextSync: () => {
        this.calculationSuspended = true;
      },
    };
  }

  /** Something to resolve at the next sync (a load, a null-object check). */
  onSync(resolve: () => void): void {
    this.afterSync.push(resolve);
  }

  /** A write operation: applied to the plain data at once, sent (counted) at the next sync. */
  write(sheet: FakeSheet | null, entry: FakeWrite | null, apply: () => void): void {
    this.operations += 1;
    apply();
    if (sheet !== null && entry !== null) sheet.writes.push(entry);
  }

  async sync(): Promise<void> {
    this.book.syncs += 1;
    this.book.operationsPerSync.push(this.operations);
    if (this.calculationSuspended) this.book.syncsWithCalculationSuspended += 1;
    this.operations = 0;
    this.calculationSuspended = false;
    for (const resolve of this.afterSync.splice(0)) resolve();
  }

  assertNothingPending(): void {
    if (this.operations > 0) {
      throw new Error(`The batch ended with ${this.operations} write operations never synced`);
    }
  }
}

/** Properties named in a load string such as "items/name,items/formula" or "values, rowIndex". */
function loadedProperties(properties: string): Set<string> {
  return new Set(
    properties
      .split(",")
      .map((property) => property.trim().replace(/^items\//, ""))
      .filter((property) => property !== "")
  );
}

class FakeWorksheets {
  private loadedItems: FakeWorksheet[] | null = null;

  constructor(private readonly context: FakeContext) {}

  load(properties: string): void {
    const loaded = loadedProperties(properties);
    this.context.onSync(() => {
      this.loadedItems = this.context.book.sheets.map(
        (sheet) => new FakeWorksheet(this.context, sheet, loaded.has("name"))
      );
    });
  }

  get items(): FakeWorksheet[] {
    if (this.loadedItems === null) throw new PropertyNotLoaded("worksheets.items");
    return this.loadedItems;
  }

  getItem(name: string): FakeWorksheet {
    const sheet = this.context.book.sheets.find((s) => sameName(s.name, name));
    if (sheet === undefined) throw new Error(`ItemNotFound: the sheet "${name}"`);
    return new FakeWorksheet(this.context, sheet, false);
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    const sheet = this.context.book.sheets.find((s) => sameName(s.name, name)) ?? null;
    const proxy = new FakeWorksheet(this.context, sheet, false);
    this.context.onSync(() => proxy.markSynced());
    return proxy;
  }

  add(name: string): FakeWorksheet {
    if (this.context.book.sheets.some((s) => sameName(s.name, name))) {
      throw new Error(`ItemAlreadyExists: the sheet "${name}"`);
    }
    const sheet: FakeSheet = { name, cells: new Map(), merges: [], writes: [], pageLayout: {} };
    this.context.write(null, null, () => this.context.book.sheets.push(sheet));
    return new FakeWorksheet(this.context, sheet, true);
  }
}

class FakeWorksheet {
  private synced = false;
  readonly pageLayout: FakePageLayout | undefined;

  constructor(
    private readonly context: FakeContext,
    private readonly sheet: FakeSheet | null,
    private readonly nameLoaded: boolean
  ) {
    this.pageLayout = sheet === null ? undefined : new FakePageLayout(context, sheet);
  }

  markSynced(): void {
    this.synced = true;
  }

  get isNullObject(): boolean {
    if (!this.synced) throw new PropertyNotLoaded("worksheet.isNullObject");
    return this.sheet === null;
  }

  get name(): string {
    if (!this.nameLoaded) throw new PropertyNotLoaded("worksheet.name");
    return this.existing().name;
  }

  private existing(): FakeSheet {
    if (this.sheet === null) throw new Error("InvalidObjectPath: the worksheet is a null object");
    return this.sheet;
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    if (valuesOnly !== true) throw new Error("The fake reads used ranges of values only");
    const sheet = this.existing();
    return new FakeRange(this.context, sheet, () => {
      let bounds: Bounds | null = null;
      for (const [position, cell] of sheet.cells) {
        if (cell.value === null || cell.value === "") continue;
        const [row = 0, column = 0] = position.split(",").map(Number);
        bounds =
          bounds === null
            ? { top: row, left: column, bottom: row, right: column }
            : {
                top: Math.min(bounds.top, row),
                left: Math.min(bounds.left, column),
                bottom: Math.max(bounds.bottom, row),
                right: Math.max(bounds.right, column),
              };
      }
      return bounds;
    });
  }

  getRange(address?: string): FakeRange {
    const bounds =
      address === undefined
        ? { top: 1, left: 1, bottom: MAX_ROW, right: MAX_COLUMN }
        : parseAddress(address);
    return new FakeRange(this.context, this.existing(), () => bounds);
  }

  getRangeByIndexes(row: number, column: number, rows: number, columns: number): FakeRange {
    return this.getRange(
      addressOf({ top: row + 1, left: column + 1, bottom: row + rows, right: column + columns })
    );
  }

  activate(): void {
    this.existing();
  }

  delete(): void {
    const sheet = this.existing();
    this.context.write(null, null, () =>
      this.context.book.sheets.splice(this.context.book.sheets.indexOf(sheet), 1)
    );
  }
}

class FakePageLayout {
  readonly headersFooters: { defaultForAllPages: Record<string, unknown> };

  constructor(
    private readonly context: FakeContext,
    private readonly sheet: FakeSheet
  ) {
    const footer = (sheet.pageLayout.footer ??= {}) as Record<string, unknown>;
    this.headersFooters = {
      defaultForAllPages: this.recorder("headersFooters.defaultForAllPages", footer),
    };
    return new Proxy(this, {
      set: (target, property, value) => {
        this.set(String(property), value);
        return true;
      },
    });
  }

  private set(property: string, value: unknown): void {
    this.context.write(this.sheet, { address: "pageLayout", property, value }, () => {
      this.sheet.pageLayout[property] = value;
    });
  }

  private recorder(prefix: string, target: Record<string, unknown>): Record<string, unknown> {
    return new Proxy(target, {
      set: (record, property, value) => {
        this.context.write(
          this.sheet,
          { address: "pageLayout", property: `${prefix}.${String(property)}`, value },
          () => (record[String(property)] = value)
        );
        return true;
      },
    });
  }

  setPrintTitleRows(rows: string): void {
    this.set("printTitleRows", rows);
  }
}

class FakeRange {
  private loaded = new Set<string>();
  private synced = false;
  private bounds: Bounds | null = null;
  readonly format: Record<string, unknown>;

  constructor(
    private readonly context: FakeContext,
    private readonly sheet: FakeSheet,
    private readonly locate: () => Bounds | null
  ) {
    this.format = this.recorder("format", {
      font: this.recorder("font", {}),
      borders: {
        getItem: (edge: string) => this.recorder(`borders.${edge}`, {}),
      },
    });
  }

  /** Where this range is now (a used range is found at the sync that loads it). */
  private where(): Bounds {
    const bounds = this.synced ? this.bounds : this.locate();
    if (bounds === null) throw new Error("InvalidObjectPath: the range is a null object");
    return bounds;
  }

  private recorder(prefix: string, target: Record<string, unknown>): Record<string, unknown> {
    return new Proxy(target, {
      get: (record, property) => {
        const known = record[String(property)];
        if (known === undefined && typeof property === "string") {
          throw new PropertyNotLoaded(`${prefix}.${property}`);
        }
        return known;
      },
      set: (record, property, value) => {
        const name = `${prefix === "format" ? "" : `${prefix.replace(/^format\./, "")}.`}${String(property)}`;
        this.context.write(
          this.sheet,
          { address: addressOf(this.where()), property: name, value },
          () => undefined
        );
        return true;
      },
    });
  }

  load(properties: string): this {
    const loaded = loadedProperties(properties);
    this.context.onSync(() => {
      this.bounds = this.locate();
      this.synced = true;
      for (const property of loaded) this.loaded.add(property);
    });
    return this;
  }

  private read<T>(property: string, value: (bounds: Bounds) => T): T {
    if (!this.loaded.has(property)) throw new PropertyNotLoaded(`range.${property}`);
    return value(this.where());
  }

  get isNullObject(): boolean {
    if (!this.synced) throw new PropertyNotLoaded("range.isNullObject");
    return this.bounds === null;
  }

  get rowIndex(): number {
    return this.read("rowIndex", (bounds) => bounds.top - 1);
  }

  get columnIndex(): number {
    return this.read("columnIndex", (bounds) => bounds.left - 1);
  }

  get values(): FakeValue[][] {
    return this.read("values", (bounds) => {
      const rows: FakeValue[][] = [];
      for (let r = bounds.top; r <= bounds.bottom; r += 1) {
        const row: FakeValue[] = [];
        for (let c = bounds.left; c <= bounds.right; c += 1) {
          row.push(this.sheet.cells.get(cellKey(r, c))?.value ?? "");
        }
        rows.push(row);
      }
      return rows;
    });
  }

  set values(matrix: FakeValue[][]) {
    this.writeMatrix("values", matrix, (cell, value) => {
      cell.value = value;
      cell.formatAtWrite = cell.numberFormat;
    });
  }

  set numberFormat(matrix: string[][]) {
    this.writeMatrix("numberFormat", matrix, (cell, format) => {
      cell.numberFormat = format;
    });
  }

  private writeMatrix<T>(
    property: string,
    matrix: T[][],
    apply: (cell: FakeCell, value: T) => void
  ): void {
    const bounds = this.where();
    const rows = bounds.bottom - bounds.top + 1;
    const columns = bounds.right - bounds.left + 1;
    if (matrix.length !== rows || matrix.some((row) => row.length !== columns)) {
      throw new Error(
        `InvalidArgument: ${property} of ${rows}×${columns} cells given a ${matrix.length}-row matrix`
      );
    }
    this.context.write(this.sheet, { address: addressOf(bounds), property, value: matrix }, () =>
      matrix.forEach((row, r) =>
        row.forEach((value, c) => apply(this.cell(bounds.top + r, bounds.left + c), value))
      )
    );
  }

  private cell(row: number, column: number): FakeCell {
    const position = cellKey(row, column);
    let cell = this.sheet.cells.get(position);
    if (cell === undefined) {
      cell = { value: null, numberFormat: "General", formatAtWrite: "General" };
      this.sheet.cells.set(position, cell);
    }
    return cell;
  }

  merge(across?: boolean): void {
    const bounds = this.where();
    this.context.write(
      this.sheet,
      { address: addressOf(bounds), property: "merge", value: across === true },
      () => {
        if (across === true) {
          for (let row = bounds.top; row <= bounds.bottom; row += 1) {
            this.sheet.merges.push(addressOf({ ...bounds, top: row, bottom: row }));
          }
        } else {
          this.sheet.merges.push(addressOf(bounds));
        }
      }
    );
  }

  getMergedAreasOrNullObject() {
    const sheet = this.sheet;
    let synced = false;
    let loaded = new Set<string>();
    return {
      load: (properties: string) =>
        this.context.onSync(() => {
          synced = true;
          loaded = loadedProperties(properties);
        }),
      get isNullObject(): boolean {
        if (!synced) throw new PropertyNotLoaded("rangeAreas.isNullObject");
        return sheet.merges.length === 0;
      },
      get address(): string {
        if (!loaded.has("address")) throw new PropertyNotLoaded("rangeAreas.address");
        return sheet.merges.map((merge) => `${quoted(sheet.name)}!${merge}`).join(",");
      },
    };
  }

  select(): void {
    const address = addressOf(this.where());
    this.context.write(null, null, () => {
      this.context.book.selection = { sheet: this.sheet.name, address };
    });
  }

  clear(): void {
    this.context.write(
      this.sheet,
      { address: addressOf(this.where()), property: "clear", value: null },
      () => {
        this.sheet.cells.clear();
        this.sheet.merges = [];
      }
    );
  }
}

class FakeNames {
  private loadedItems: { name: string; formula: string }[] | null = null;

  constructor(private readonly context: FakeContext) {}

  load(properties: string): void {
    const loaded = loadedProperties(properties);
    this.context.onSync(() => {
      this.loadedItems = this.context.book.names.map((item) => {
        const view = {};
        for (const property of ["name", "formula"] as const) {
          Object.defineProperty(view, property, {
            get: () => {
              if (!loaded.has(property)) throw new PropertyNotLoaded(`namedItem.${property}`);
              return item[property];
            },
          });
        }
        return view as { name: string; formula: string };
      });
    });
  }

  get items(): { name: string; formula: string }[] {
    if (this.loadedItems === null) throw new PropertyNotLoaded("names.items");
    return this.loadedItems;
  }

  add(name: string, reference: string): void {
    if (this.context.book.names.some((item) => sameName(item.name, name))) {
      throw new Error(`ItemAlreadyExists: the name "${name}"`);
    }
    this.context.write(null, null, () =>
      this.context.book.names.push({ name, formula: reference })
    );
  }

  getItem(name: string) {
    const item = this.context.book.names.find((candidate) => sameName(candidate.name, name));
    if (item === undefined) throw new Error(`ItemNotFound: the name "${name}"`);
    return {
      delete: () =>
        this.context.write(null, null, () => {
          this.context.book.names = this.context.book.names.filter((other) => other !== item);
        }),
    };
  }
}
