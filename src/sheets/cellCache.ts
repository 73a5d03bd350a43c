import { normalizeText, parseNumber } from "../core/text";
import { columnRole } from "./columnGroups";
import type { CellValue, Grid } from "./grid";
import { headerKey } from "./headerKey";
import { isTotalLabel } from "./isTotalLabel";
import { cellText, isBlank, mergedCell, rawCell } from "./sheetCells";

/**
 * Per-grid memory of what each cell reads as, so that scanning every row as a possible header
 * reads each cell once. A sheet repeats the same texts (unit names, award names) many times, so
 * the readings are also kept by text and each distinct text is reduced once. Private to the
 * table detection; forgotten with the grid.
 */
interface CellReadings {
  readonly keys: CellMemory<string>;
  readonly texts: CellMemory<string>;
  readonly contents: CellMemory<"number" | "text" | "blank">;
  readonly keyOfText: Map<string, string>;
  readonly displayOfText: Map<string, string>;
  readonly roleOfKey: Map<string, "self" | "bloc" | null>;
  readonly roles: CellMemory<"self" | "bloc" | null>;
  readonly headerCells: CellMemory<HeaderCell>;
  readonly headerCellOfText: Map<string, HeaderCell>;
}

/**
 * How a stored cell counts when telling a header row from a data row: blank; a number (or a
 * boolean, or text of digits, spaces and `.,%()` only); or text, compared in lower case.
 */
export type HeaderCell =
  | { readonly kind: "blank" }
  | { readonly kind: "number" }
  | { readonly kind: "text"; readonly text: string };

const BLANK_CELL: HeaderCell = { kind: "blank" };
const NUMBER_CELL: HeaderCell = { kind: "number" };

const readings = new WeakMap<Grid, CellReadings>();

function of(grid: Grid): CellReadings {
  let found = readings.get(grid);
  if (found === undefined) {
    found = {
      keys: cellMemory(grid),
      texts: cellMemory(grid),
      contents: cellMemory(grid),
      keyOfText: new Map(),
      displayOfText: new Map(),
      roleOfKey: new Map(),
      roles: cellMemory(grid),
      headerCells: cellMemory(grid),
      headerCellOfText: new Map(),
    };
    readings.set(grid, found);
  }
  return found;
}

/**
 * A value per cell, by sheet row and column: flat lists over blocks of the grid's rows, made when
 * first needed (a list per row would be tens of thousands of small arrays for a long sheet, all
 * kept while the grid lives), and a map for the cells around the grid.
 */
interface CellMemory<T> {
  get(row: number, column: number): T | undefined;
  set(row: number, column: number, value: T): void;
}

/** Rows per block of a `CellMemory`. */
const BLOCK_ROWS = 1024;

function cellMemory<T>(grid: Grid): CellMemory<T> {
  const height = grid.values.length;
  const width = grid.values.reduce((widest, row) => Math.max(widest, row.length), 0);
  const blocks: (T | undefined)[][] = [];
  const outside = new Map<string, T>();
  const inside = (rowOffset: number, columnOffset: number): boolean =>
    rowOffset >= 0 && rowOffset < height && columnOffset >= 0 && columnOffset < width;
  return {
    get(row, column) {
      const rowOffset = row - grid.originRow;
      const columnOffset = column - grid.originColumn;
      if (!inside(rowOffset, columnOffset)) return outside.get(`${row},${column}`);
      const block = blocks[Math.floor(rowOffset / BLOCK_ROWS)];
      return block?.[(rowOffset % BLOCK_ROWS) * width + columnOffset];
    },
    set(row, column, value) {
      const rowOffset = row - grid.originRow;
      const columnOffset = column - grid.originColumn;
      if (!inside(rowOffset, columnOffset)) {
        outside.set(`${row},${column}`, value);
        return;
      }
      const blockIndex = Math.floor(rowOffset / BLOCK_ROWS);
      let block = blocks[blockIndex];
      if (block === undefined) {
        const rows = Math.min(BLOCK_ROWS, height - blockIndex * BLOCK_ROWS);
        block = new Array<T | undefined>(rows * width);
        blocks[blockIndex] = block;
      }
      block[(rowOffset % BLOCK_ROWS) * width + columnOffset] = value;
    },
  };
}

/** `headerKey` of the value a reader sees in a cell (merged areas included). */
export function cellHeaderKey(grid: Grid, row: number, column: number): string {
  const memory = of(grid);
  let key = memory.keys.get(row, column);
  if (key === undefined) {
    key = keyOf(memory, mergedCell(grid, row, column));
    memory.keys.set(row, column, key);
  }
  return key;
}

/** The normalised text a reader sees in a cell (merged areas included). */
export function cellDisplayText(grid: Grid, row: number, column: number): string {
  const memory = of(grid);
  let text = memory.texts.get(row, column);
  if (text === undefined) {
    const written = cellText(mergedCell(grid, row, column));
    text = memory.displayOfText.get(written);
    if (text === undefined) {
      text = normalizeText(written);
      memory.displayOfText.set(written, text);
    }
    memory.texts.set(row, column, text);
  }
  return text;
}

/** Whether the label a reader sees in a cell says "Tự chấm" or "Khối chấm" (see `columnRole`). */
export function cellColumnRole(grid: Grid, row: number, column: number): "self" | "bloc" | null {
  const memory = of(grid);
  let role = memory.roles.get(row, column);
  if (role === undefined) {
    const key = cellHeaderKey(grid, row, column);
    role = memory.roleOfKey.get(key);
    if (role === undefined) {
      role = columnRole(key);
      memory.roleOfKey.set(key, role);
    }
    memory.roles.set(row, column, role);
  }
  return role;
}

/** How a stored cell counts when telling a header row from a data row (see `HeaderCell`). */
export function cellHeaderClass(grid: Grid, row: number, column: number): HeaderCell {
  const memory = of(grid);
  let found = memory.headerCells.get(row, column);
  if (found === undefined) {
    const value = rawCell(grid, row, column);
    if (typeof value !== "string") {
      found = value === null ? BLANK_CELL : NUMBER_CELL;
    } else {
      found = memory.headerCellOfText.get(value);
      if (found === undefined) {
        found = headerCellOfText(value);
        memory.headerCellOfText.set(value, found);
      }
    }
    memory.headerCells.set(row, column, found);
  }
  return found;
}

function headerCellOfText(value: string): HeaderCell {
  const trimmed = value.trim();
  if (trimmed === "") {
    return BLANK_CELL;
  }
  return /^[\d\s.,%()]+$/.test(trimmed)
    ? NUMBER_CELL
    : { kind: "text", text: trimmed.toLowerCase() };
}

/** Whether a stored cell holds a number (or a number as text), other text, or nothing (a total label counts as nothing). */
export function cellContent(grid: Grid, row: number, column: number): "number" | "text" | "blank" {
  const cache = of(grid).contents;
  let content = cache.get(row, column);
  if (content === undefined) {
    const value = rawCell(grid, row, column);
    if (isBlank(value) || isTotalLabel(value)) {
      content = "blank";
    } else if (typeof value === "number" || (typeof value === "string" && parseNumber(value).ok)) {
      content = "number";
    } else {
      content = "text";
    }
    cache.set(row, column, content);
  }
  return content;
}

/** `headerKey` of a value, each distinct text reduced once per grid. */
function keyOf(memory: CellReadings, value: CellValue): string {
  if (typeof value !== "string" && typeof value !== "number") {
    return headerKey(value);
  }
  const text = typeof value === "number" ? String(value) : value;
  let key = memory.keyOfText.get(text);
  if (key === undefined) {
    key = headerKey(text);
    memory.keyOfText.set(text, key);
  }
  return key;
}
