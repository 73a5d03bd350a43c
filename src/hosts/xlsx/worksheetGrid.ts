import type { Worksheet } from "exceljs";
import type { CellValue, Grid, MergedArea } from "../../sheets/grid";
import { a1Range, type CellRectangle } from "./a1Range";
import { cellValueOf } from "./cellValueOf";
import { mergedRanges } from "./mergedRanges";

/** exceljs's `ValueType.Merge`: a cell covered by a merged area other than its top-left one. */
const MERGE_TYPE = 1;

interface TableModel {
  readonly name?: string;
  readonly tableRef?: string;
  readonly ref?: string;
}

function offsets(area: CellRectangle, originRow: number, originColumn: number): MergedArea {
  return {
    top: area.top - originRow,
    left: area.left - originColumn,
    bottom: area.bottom - originRow,
    right: area.right - originColumn,
  };
}

/**
 * A worksheet as a `Grid`: the smallest rectangle holding every non-empty cell, merged area and
 * Excel Table, with merges and tables as offsets from its top-left cell. Cells covered by a
 * merged area (other than its top-left) are null, as Excel reports them.
 */
export function worksheetGrid(worksheet: Worksheet): Grid {
  // Parallel lists rather than an object per cell: a history sheet holds tens of thousands.
  const cellRows: number[] = [];
  const cellColumns: number[] = [];
  const cellValues: CellValue[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      if ((cell.type as number) === MERGE_TYPE) return;
      const value = cellValueOf(cell.value);
      if (value === null) return;
      cellRows.push(rowNumber);
      cellColumns.push(columnNumber);
      cellValues.push(value);
    });
  });
  const merges = mergedRanges(worksheet)
    .map(a1Range)
    .filter((area): area is CellRectangle => area !== null);
  const tables = (worksheet.getTables() as unknown as { model: TableModel }[]).flatMap(
    ({ model: table }) => {
      const area = a1Range(table.tableRef ?? table.ref ?? "");
      return area === null ? [] : [{ name: table.name ?? "", area }];
    }
  );
  const bounds = { top: Infinity, left: Infinity, bottom: -Infinity, right: -Infinity };
  const include = (area: CellRectangle): void => {
    bounds.top = Math.min(bounds.top, area.top);
    bounds.left = Math.min(bounds.left, area.left);
    bounds.bottom = Math.max(bounds.bottom, area.bottom);
    bounds.right = Math.max(bounds.right, area.right);
  };
  for (let index = 0; index < cellValues.length; index += 1) {
    const row = cellRows[index]!;
    const column = cellColumns[index]!;
    bounds.top = Math.min(bounds.top, row);
    bounds.left = Math.min(bounds.left, column);
    bounds.bottom = Math.max(bounds.bottom, row);
    bounds.right = Math.max(bounds.right, column);
  }
  merges.forEach(include);
  tables.forEach((table) => include(table.area));
  if (bounds.top === Infinity) {
    return {
      sheetName: worksheet.name,
      originRow: 1,
      originColumn: 1,
      values: [],
      merges: [],
      tables: [],
    };
  }
  const originRow = bounds.top;
  const originColumn = bounds.left;
  const height = bounds.bottom - originRow + 1;
  const width = bounds.right - originColumn + 1;
  const values: CellValue[][] = Array.from({ length: height }, () =>
    new Array<CellValue>(width).fill(null)
  );
  cellValues.forEach((value, index) => {
    const row = values[cellRows[index]! - originRow];
    if (row !== undefined) row[cellColumns[index]! - originColumn] = value;
  });
  return {
    sheetName: worksheet.name,
    originRow,
    originColumn,
    values,
    merges: merges.map((area) => offsets(area, originRow, originColumn)),
    tables: tables.map((table) => ({
      name: table.name,
      ...offsets(table.area, originRow, originColumn),
    })),
  };
}
