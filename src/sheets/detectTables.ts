import { dataRegion } from "./dataRegion";
import type { DetectedTable } from "./detectedTable";
import type { Grid } from "./grid";
import { headerDepth } from "./headerLabels";
import { headerScan } from "./headerScan";
import { looksLikeHeader } from "./looksLikeHeader";
import { scoreHeaderRow, type HeaderCandidate } from "./scoreHeaderRow";
import { lastColumn, lastRow } from "./sheetCells";
import { CONFIGURATION_SHEET_NAME } from "./configurationSheet";
import { maxPointsFromRow } from "./maxPointsFromRow";
import { TABLE_KINDS, type TableKind } from "./tableKinds";

/**
 * Finds the secretariat's tables on each sheet: Excel Tables by their header row, plain ranges by
 * the row that reads best as a header of some kind (title rows, blank spacer rows, merged and
 * two-row headers allowed). Several tables may share a sheet when they are one above the other.
 * `kinds` limits the search (to read a sheet the user says holds a given table).
 */
export function detectTables(
  grids: readonly Grid[],
  kinds: readonly TableKind[] = TABLE_KINDS
): DetectedTable[] {
  return grids
    .filter((grid) => grid.sheetName !== CONFIGURATION_SHEET_NAME)
    .flatMap((grid) => detectInGrid(grid, kinds));
}

function detectInGrid(grid: Grid, kinds: readonly TableKind[]): DetectedTable[] {
  const tables: DetectedTable[] = [];
  const scan = headerScan(kinds);
  const coveredRows = new Set<number>();
  for (const excelTable of grid.tables) {
    const headerRow = grid.originRow + excelTable.top;
    const bottom = grid.originRow + excelTable.bottom;
    const fromColumn = grid.originColumn + excelTable.left;
    const toColumn = grid.originColumn + excelTable.right;
    for (let row = headerRow; row <= bottom; row += 1) {
      coveredRows.add(row);
    }
    const candidate = looksLikeHeader(grid, headerRow, fromColumn, toColumn)
      ? scoreHeaderRow(grid, headerRow, fromColumn, toColumn, 1, scan)
      : null;
    if (candidate !== null) {
      tables.push({
        ...toTable(grid, candidate, fromColumn, toColumn, bottom),
        excelTable: excelTable.name,
      });
    }
  }
  const fromColumn = grid.originColumn;
  const toColumn = lastColumn(grid);
  const candidates: HeaderCandidate[] = [];
  for (let row = grid.originRow; row <= lastRow(grid); row += 1) {
    if (coveredRows.has(row) || !looksLikeHeader(grid, row, fromColumn, toColumn)) {
      continue;
    }
    const candidate = scoreHeaderRow(
      grid,
      row,
      fromColumn,
      toColumn,
      headerDepth(grid, row, fromColumn, toColumn),
      scan
    );
    if (candidate !== null && !coveredRows.has(candidate.headerTop)) {
      candidates.push(candidate);
    }
  }
  candidates.sort((a, b) => b.score - a.score || a.headerRow - b.headerRow);
  const plain: DetectedTable[] = [];
  for (const candidate of candidates) {
    const overlaps = [...tables, ...plain].some(
      (table) =>
        candidate.headerRow >= (table.headerTop ?? table.headerRow) &&
        candidate.headerTop <= Math.max(table.lastDataRow, table.headerRow)
    );
    if (!overlaps) {
      plain.push(toTable(grid, candidate, fromColumn, toColumn));
    }
  }
  return [...tables, ...clipToNext(plain)];
}

function toTable(
  grid: Grid,
  candidate: HeaderCandidate,
  fromColumn: number,
  toColumn: number,
  bottom?: number
): DetectedTable {
  const region = dataRegion(grid, candidate.headerRow, fromColumn, toColumn, bottom);
  const scoreColumns =
    candidate.scoreColumns !== undefined && region.maxPointsRow !== null
      ? maxPointsFromRow(grid, region.maxPointsRow, candidate.scoreColumns)
      : candidate.scoreColumns;
  return {
    kind: candidate.kind,
    sheetName: grid.sheetName,
    headerRow: candidate.headerRow,
    headerTop: candidate.headerTop,
    firstDataRow: region.firstDataRow,
    lastDataRow: region.lastDataRow,
    columns: candidate.columns,
    ...(candidate.layout === undefined ? {} : { layout: candidate.layout }),
    ...(candidate.unitColumns === undefined ? {} : { unitColumns: candidate.unitColumns }),
    ...(scoreColumns === undefined ? {} : { scoreColumns }),
    confidence: candidate.confidence,
  };
}

/** Tables on one sheet, top to bottom, each ending before the next one's header. */
function clipToNext(tables: readonly DetectedTable[]): DetectedTable[] {
  const sorted = [...tables].sort((a, b) => a.headerRow - b.headerRow);
  return sorted.map((table, index) => {
    const next = sorted[index + 1];
    const limit =
      next === undefined ? Number.POSITIVE_INFINITY : (next.headerTop ?? next.headerRow) - 1;
    return table.lastDataRow > limit ? { ...table, lastDataRow: limit } : table;
  });
}
