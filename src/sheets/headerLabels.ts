import { cellColumnRole, cellDisplayText, cellHeaderKey } from "./cellCache";
import type { Grid } from "./grid";
import { isBlank, mergeAt, mergedCell } from "./sheetCells";

/** A header column's labels: for a two-row header the upper and the lower one (equal when merged down). */
export interface ColumnLabels {
  readonly column: number;
  /** Reduced labels (see `headerKey`), top row first. */
  readonly keys: readonly string[];
  /** The same labels as written (normalised), top row first. */
  readonly texts: readonly string[];
  /** The 1-based row of each label. */
  readonly rows: readonly number[];
}

/** The labels of the header rows `headerRow - depth + 1 … headerRow` in each column of the range. */
export function headerLabels(
  grid: Grid,
  headerRow: number,
  depth: number,
  fromColumn: number,
  toColumn: number
): ColumnLabels[] {
  const labels: ColumnLabels[] = [];
  for (let column = fromColumn; column <= toColumn; column += 1) {
    const keys: string[] = [];
    const texts: string[] = [];
    const rows: number[] = [];
    for (let row = headerRow - depth + 1; row <= headerRow; row += 1) {
      keys.push(cellHeaderKey(grid, row, column));
      texts.push(cellDisplayText(grid, row, column));
      rows.push(row);
    }
    labels.push({ column, keys, texts, rows });
  }
  return labels;
}

/**
 * How many rows a header ending at `headerRow` spans: 2 when the row above belongs to it (a cell
 * merged down across both rows, or a merged cell above split into several labels below, such as a
 * unit name over "Tự chấm | Khối chấm"), else 1. A title merged across the whole width is not a
 * header row. Without merged cells, "Tự chấm" / "Khối chấm" labels under names in the row above also
 * make a two-row header.
 */
export function headerDepth(
  grid: Grid,
  headerRow: number,
  fromColumn: number,
  toColumn: number
): 1 | 2 {
  const above = headerRow - 1;
  if (above < grid.originRow) {
    return 1;
  }
  if (!severalLabels(grid, above, fromColumn, toColumn)) {
    return 1;
  }
  if (marksSelfAndBloc(grid, headerRow, above, fromColumn, toColumn)) {
    return 2;
  }
  for (let column = fromColumn; column <= toColumn; column += 1) {
    const merge = mergeAt(grid, above, column);
    if (merge === null) {
      continue;
    }
    if (merge.bottom >= headerRow) {
      return 2;
    }
    if (
      merge.right > merge.left &&
      splitBelow(grid, headerRow, merge.left, Math.min(merge.right, toColumn))
    ) {
      return 2;
    }
  }
  return 1;
}

/** Whether the row holds at least two different labels (without a set: every row is asked). */
function severalLabels(grid: Grid, row: number, fromColumn: number, toColumn: number): boolean {
  let first: string | null = null;
  for (let column = fromColumn; column <= toColumn; column += 1) {
    const key = cellHeaderKey(grid, row, column);
    if (key === "") continue;
    if (first === null) first = key;
    else if (key !== first) return true;
  }
  return false;
}

function splitBelow(grid: Grid, row: number, fromColumn: number, toColumn: number): boolean {
  const labels = new Set<string>();
  for (let column = fromColumn; column <= toColumn; column += 1) {
    const value = mergedCell(grid, row, column);
    if (!isBlank(value)) {
      labels.add(cellHeaderKey(grid, row, column));
    }
  }
  return labels.size >= 2;
}

/** Unmerged two-row header: "Tự chấm" / "Khối chấm" labels in the row, under names written in the row above. */
function marksSelfAndBloc(
  grid: Grid,
  row: number,
  above: number,
  fromColumn: number,
  toColumn: number
): boolean {
  let marked = 0;
  let named = false;
  for (let column = fromColumn; column <= toColumn; column += 1) {
    if (cellColumnRole(grid, row, column) !== null) {
      marked += 1;
      named = named || cellHeaderKey(grid, above, column) !== "";
    }
  }
  return marked >= 2 && named;
}
