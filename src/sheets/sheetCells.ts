import type { CellValue, Grid } from "./grid";

/**
 * Reading a grid by sheet coordinates (1-based rows and columns, as Excel numbers them).
 * Private helpers of the sheet readers.
 */

/** The value stored in a cell; null outside the grid. */
export function rawCell(grid: Grid, row: number, column: number): CellValue {
  const value = grid.values[row - grid.originRow]?.[column - grid.originColumn];
  return value === undefined ? null : value;
}

const mergeOrigins = new WeakMap<Grid, Map<number, number>>();

/** The value a reader sees in a cell: a merged area's value shows in every cell of the area. */
export function mergedCell(grid: Grid, row: number, column: number): CellValue {
  const origin = mergeOriginIndex(grid).get(
    cellKey(row - grid.originRow, column - grid.originColumn)
  );
  if (origin === undefined) {
    return rawCell(grid, row, column);
  }
  const merge = grid.merges[origin];
  return merge === undefined
    ? rawCell(grid, row, column)
    : rawCell(grid, grid.originRow + merge.top, grid.originColumn + merge.left);
}

/** The merged area holding a cell, in sheet coordinates, or null. */
export function mergeAt(
  grid: Grid,
  row: number,
  column: number
): { top: number; left: number; bottom: number; right: number } | null {
  const origin = mergeOriginIndex(grid).get(
    cellKey(row - grid.originRow, column - grid.originColumn)
  );
  const merge = origin === undefined ? undefined : grid.merges[origin];
  if (merge === undefined) {
    return null;
  }
  return {
    top: grid.originRow + merge.top,
    left: grid.originColumn + merge.left,
    bottom: grid.originRow + merge.bottom,
    right: grid.originColumn + merge.right,
  };
}

/** The last sheet row the grid holds. */
export function lastRow(grid: Grid): number {
  return grid.originRow + grid.values.length - 1;
}

/** The last sheet column the grid holds (the widest row). */
export function lastColumn(grid: Grid): number {
  const width = grid.values.reduce((widest, row) => Math.max(widest, row.length), 0);
  return grid.originColumn + width - 1;
}

/** True for null, empty text and text of spaces only. */
export function isBlank(value: CellValue): boolean {
  return value === null || (typeof value === "string" && value.trim() === "");
}

/** True when every cell of the row between the two columns (the whole grid by default) is blank. */
export function isBlankRow(
  grid: Grid,
  row: number,
  fromColumn = grid.originColumn,
  toColumn = lastColumn(grid)
): boolean {
  for (let column = fromColumn; column <= toColumn; column += 1) {
    if (!isBlank(rawCell(grid, row, column))) {
      return false;
    }
  }
  return true;
}

/** A cell's content as trimmed text ("" for blank; numbers and booleans as written by `String`). */
export function cellText(value: CellValue): string {
  if (value === null) {
    return "";
  }
  return typeof value === "string" ? value.trim() : String(value);
}

function mergeOriginIndex(grid: Grid): Map<number, number> {
  let index = mergeOrigins.get(grid);
  if (index === undefined) {
    index = new Map();
    grid.merges.forEach((merge, position) => {
      for (let r = merge.top; r <= merge.bottom; r += 1) {
        for (let c = merge.left; c <= merge.right; c += 1) {
          index?.set(cellKey(r, c), position);
        }
      }
    });
    mergeOrigins.set(grid, index);
  }
  return index;
}

function cellKey(rowOffset: number, columnOffset: number): number {
  return rowOffset * 100_000 + columnOffset;
}
