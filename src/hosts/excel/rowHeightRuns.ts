/** Rows `first`–`last` (1-based, inclusive) that share one height in points. */
export interface RowHeightRun {
  readonly first: number;
  readonly last: number;
  readonly points: number;
}

/**
 * A spec's row heights as runs of consecutive rows of the same height, so each run is set with
 * one call. Heights that are not positive finite numbers are left to Excel.
 */
export function rowHeightRuns(rowHeights: Readonly<Record<number, number>>): RowHeightRun[] {
  const runs: { first: number; last: number; points: number }[] = [];
  const rows = Object.entries(rowHeights)
    .map(([row, points]) => ({ row: Number(row), points }))
    .filter(
      ({ row, points }) =>
        Number.isInteger(row) && row >= 1 && points > 0 && Number.isFinite(points)
    )
    .sort((a, b) => a.row - b.row);
  for (const { row, points } of rows) {
    const last = runs[runs.length - 1];
    if (last !== undefined && last.last === row - 1 && last.points === points) last.last = row;
    else runs.push({ first: row, last: row, points });
  }
  return runs;
}
