/** A cell value as a host reads it: Excel's scalar types; empty cells are null. */
export type CellValue = string | number | boolean | null;

/** A merged area, in 0-based offsets from the grid's top-left cell, inclusive. */
export interface MergedArea {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * A sheet's used range as plain data. `values[r][c]` is the cell at row `originRow + r`,
 * column `originColumn + c` (both 1-based, as Excel numbers them), so every value keeps its address.
 */
export interface Grid {
  readonly sheetName: string;
  readonly originRow: number;
  readonly originColumn: number;
  readonly values: readonly (readonly CellValue[])[];
  readonly merges: readonly MergedArea[];
  /** Excel Tables on this sheet, by name and 0-based header-row/column offsets. */
  readonly tables: readonly {
    readonly name: string;
    readonly top: number;
    readonly left: number;
    readonly bottom: number;
    readonly right: number;
  }[];
}
