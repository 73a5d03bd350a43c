import type { CellValue, Grid } from "../../sheets/grid";
import { mergedAreasOf } from "./mergedAreasOf";

function cellValue(value: unknown): CellValue {
  if (value === "" || value === undefined || value === null) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  return String(value);
}

/**
 * A sheet's grid from what one read loaded: its used range (`values`, `rowIndex`, `columnIndex`;
 * a null object for an empty sheet) and, where ExcelApi 1.13 is available, its merged areas
 * (`address`; null when not read). Empty cells are null, as the `.xlsx` host gives them. Excel
 * Tables are not read here (none: the readers find tables by their header rows).
 */
export function gridOfUsedRange(
  sheetName: string,
  used: Excel.Range,
  merged: Excel.RangeAreas | null
): Grid {
  if (used.isNullObject) {
    return { sheetName, originRow: 1, originColumn: 1, values: [], merges: [], tables: [] };
  }
  const originRow = used.rowIndex + 1;
  const originColumn = used.columnIndex + 1;
  const values = (used.values as unknown[][]).map((row) => row.map(cellValue));
  const merges =
    merged === null || merged.isNullObject
      ? []
      : mergedAreasOf(merged.address, originRow, originColumn);
  return { sheetName, originRow, originColumn, values, merges, tables: [] };
}
