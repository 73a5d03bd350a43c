import { cellAddress, type Grid } from "../../sheets";

/** A column the user can pick for a field: its number and how it reads ("C — Tên đơn vị"). */
export interface ColumnOption {
  readonly column: number;
  readonly label: string;
}

/** Letters of a 1-based column: 3 → "C". */
export function columnLetters(column: number): string {
  return cellAddress(1, column).replace(/\d+$/, "");
}

/**
 * The columns of a sheet's used range, each labelled with its letter and the text in the
 * header row (and the row above, for two-row headers), for the mapping drop-downs.
 */
export function columnOptions(
  grid: Grid | undefined,
  headerRow: number,
  headerTop?: number
): ColumnOption[] {
  if (grid === undefined) return [];
  const width = grid.values.reduce((widest, row) => Math.max(widest, row.length), 0);
  const rows = [headerTop ?? headerRow, headerRow].filter(
    (row, index, all) => all.indexOf(row) === index
  );
  return Array.from({ length: width }, (_, offset) => {
    const column = grid.originColumn + offset;
    const texts = rows
      .map((row) => grid.values[row - grid.originRow]?.[offset])
      .filter((value) => value !== null && value !== undefined && String(value).trim() !== "")
      .map((value) => String(value).replace(/\s+/g, " ").trim());
    const header = texts.join(" / ");
    return {
      column,
      label: header ? `${columnLetters(column)} — ${header}` : columnLetters(column),
    };
  });
}
