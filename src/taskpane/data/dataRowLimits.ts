import type { DetectedTable, Grid } from "../../sheets";

/** The sheet rows a table's data may take: from the row under its header to the sheet's last row. */
export interface RowLimits {
  readonly first: number;
  readonly last: number;
}

/**
 * Where a table's data rows may lie: below its header row and within the sheet's used range.
 * Without the sheet (`grid` undefined) no row is allowed (`last` < `first`).
 */
export function dataRowLimits(table: DetectedTable, grid: Grid | undefined): RowLimits {
  const first = table.headerRow + 1;
  const last = grid === undefined ? first - 1 : grid.originRow + grid.values.length - 1;
  return { first, last };
}
