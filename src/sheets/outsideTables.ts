import type { DetectedTable } from "./detectedTable";
import type { CellValue, Grid } from "./grid";
import { lastRow } from "./sheetCells";

/**
 * Visits every non-blank cell of a grid that lies outside the given tables (titles, notes,
 * signature lines), row by row, until `visit` returns something other than undefined.
 */
export function findOutsideTables<T>(
  grid: Grid,
  tables: readonly DetectedTable[],
  visit: (value: CellValue, row: number, column: number) => T | undefined
): T | undefined {
  const onSheet = tables.filter((table) => table.sheetName === grid.sheetName);
  for (let row = grid.originRow; row <= lastRow(grid); row += 1) {
    if (
      onSheet.some(
        (table) =>
          row >= (table.headerTop ?? table.headerRow) &&
          row <= Math.max(table.lastDataRow, table.headerRow)
      )
    ) {
      continue;
    }
    const values = grid.values[row - grid.originRow] ?? [];
    for (let offset = 0; offset < values.length; offset += 1) {
      const value = values[offset];
      if (value === null || value === undefined || value === "") {
        continue;
      }
      const found = visit(value, row, grid.originColumn + offset);
      if (found !== undefined) {
        return found;
      }
    }
  }
  return undefined;
}
