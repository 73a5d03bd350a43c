import { normalizeText, parseNumber } from "../core/text";
import type { Grid } from "./grid";
import { headerKey } from "./headerKey";
import { isTotalLabel } from "./isTotalLabel";
import { cellText, isBlank, mergedCell, rawCell } from "./sheetCells";

/**
 * Per-grid memory of what each cell reads as, so that scanning every row as a possible header
 * reads each cell once. Private to the table detection.
 */
interface CellReadings {
  readonly keys: Map<number, string>;
  readonly texts: Map<number, string>;
  readonly contents: Map<number, "number" | "text" | "blank">;
}

const readings = new WeakMap<Grid, CellReadings>();

function of(grid: Grid): CellReadings {
  let found = readings.get(grid);
  if (found === undefined) {
    found = { keys: new Map(), texts: new Map(), contents: new Map() };
    readings.set(grid, found);
  }
  return found;
}

function position(row: number, column: number): number {
  return row * 20_000 + column;
}

/** `headerKey` of the value a reader sees in a cell (merged areas included). */
export function cellHeaderKey(grid: Grid, row: number, column: number): string {
  const cache = of(grid).keys;
  const at = position(row, column);
  let key = cache.get(at);
  if (key === undefined) {
    key = headerKey(mergedCell(grid, row, column));
    cache.set(at, key);
  }
  return key;
}

/** The normalised text a reader sees in a cell (merged areas included). */
export function cellDisplayText(grid: Grid, row: number, column: number): string {
  const cache = of(grid).texts;
  const at = position(row, column);
  let text = cache.get(at);
  if (text === undefined) {
    text = normalizeText(cellText(mergedCell(grid, row, column)));
    cache.set(at, text);
  }
  return text;
}

/** Whether a stored cell holds a number (or a number as text), other text, or nothing (a total label counts as nothing). */
export function cellContent(grid: Grid, row: number, column: number): "number" | "text" | "blank" {
  const cache = of(grid).contents;
  const at = position(row, column);
  let content = cache.get(at);
  if (content === undefined) {
    const value = rawCell(grid, row, column);
    if (isBlank(value) || isTotalLabel(value)) {
      content = "blank";
    } else if (typeof value === "number" || (typeof value === "string" && parseNumber(value).ok)) {
      content = "number";
    } else {
      content = "text";
    }
    cache.set(at, content);
  }
  return content;
}
