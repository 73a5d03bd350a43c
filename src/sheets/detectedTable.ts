import type { TableKind } from "./tableKinds";

/** The column found for one field, with how sure the match is (0…1). */
export interface ColumnChoice {
  /** 1-based sheet column. */
  readonly column: number;
  readonly confidence: number;
}

/** A 1-based sheet cell. */
export interface CellPosition {
  readonly row: number;
  readonly column: number;
}

/** Criteria as rows: one unit's columns, under its name (a pair Tự chấm | Khối chấm, or one column = Khối chấm). */
export interface UnitColumns {
  readonly unitName: string;
  readonly selfColumn: number | null;
  readonly blocColumn: number | null;
  /** Where the unit's name is written (the top-left cell of its merged header). */
  readonly nameCell?: CellPosition;
}

/** Units as rows: what a group of columns holds. `points` is a unit's whole score (no criteria split). */
export type ScoreColumnRole = "criterion" | "points" | "bonus" | "deduction" | "total";

/** Units as rows: one criterion or group column (or a pair Tự chấm | Khối chấm under it). */
export interface ScoreColumns {
  readonly title: string;
  readonly role: ScoreColumnRole;
  /** From the header ("Nhóm I (300 điểm)") or a "Điểm chuẩn" row under it; null when neither gives it. */
  readonly maxPoints: number | null;
  readonly selfColumn: number | null;
  readonly blocColumn: number | null;
  /** Where the title is written. */
  readonly titleCell?: CellPosition;
}

export type ScoreLayout = "criteriaAsRows" | "unitsAsRows";

/**
 * A table found on a sheet: its kind, where its header and data are, and which column holds
 * which field. Field ids are those of `tableKindDefinition(kind).fields`.
 */
export interface DetectedTable {
  readonly kind: TableKind;
  readonly sheetName: string;
  /** 1-based sheet row of the last header row. */
  readonly headerRow: number;
  /** 1-based sheet row of the first header row (a two-row header starts above `headerRow`). */
  readonly headerTop?: number;
  readonly firstDataRow: number;
  /** Last data row; below `firstDataRow` when the table has no data. A "Tổng cộng" row is left out. */
  readonly lastDataRow: number;
  readonly columns: Readonly<Record<string, ColumnChoice>>;
  /** Scoring tables only. */
  readonly layout?: ScoreLayout;
  /** Criteria as rows: one entry per unit. */
  readonly unitColumns?: readonly UnitColumns[];
  /** Units as rows: one entry per criterion or group, bonus, deduction and total. */
  readonly scoreColumns?: readonly ScoreColumns[];
  /** Name of the Excel Table the data comes from, when it is one. */
  readonly excelTable?: string;
  readonly confidence: number;
}
