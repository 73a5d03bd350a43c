import { localized } from "../core/localized";
import { failure, success, type Outcome } from "../core/outcome";
import type { DetectedTable } from "./detectedTable";
import { detectTables } from "./detectTables";
import type { Grid } from "./grid";
import { parseDetectedTable } from "./parseDetectedTable";
import type { TableKind } from "./tableKinds";

/** Which table is where and which column holds which field: proposed by `proposeMapping`, corrected by the user. */
export interface WorkbookMapping {
  readonly tables: readonly DetectedTable[];
}

/** A user's correction of the proposed mapping. `table` is an index into `mapping.tables`. */
export type MappingOverride =
  /** The field is in another column (1-based), or in none (null). */
  | {
      readonly type: "column";
      readonly table: number;
      readonly field: string;
      readonly column: number | null;
    }
  /** The data run over other rows. */
  | {
      readonly type: "rows";
      readonly table: number;
      readonly firstDataRow: number;
      readonly lastDataRow: number;
    }
  /** The table of this kind is on another sheet (the tables of that kind found there replace the others). */
  | { readonly type: "sheet"; readonly kind: TableKind; readonly sheetName: string }
  /** The table as the user laid it out in full (e.g. unit or score columns of a scoring table). */
  | { readonly type: "replace"; readonly table: number; readonly with: DetectedTable }
  /** This table is not one of the secretariat's tables. */
  | { readonly type: "remove"; readonly table: number };

/** The mapping the add-in proposes: every table `detectTables` finds. */
export function proposeMapping(grids: readonly Grid[]): WorkbookMapping {
  return { tables: detectTables(grids) };
}

/**
 * The mapping with one correction applied (a new value; the input is not changed). A user's
 * choice is certain, so a column set by hand has confidence 1. Moving a kind to another sheet
 * detects that sheet's table as that kind when `grids` hold the sheet; otherwise the tables keep
 * their columns on the new sheet. An override naming no existing table leaves the mapping as it is.
 */
export function applyOverride(
  mapping: WorkbookMapping,
  override: MappingOverride,
  grids: readonly Grid[] = []
): WorkbookMapping {
  switch (override.type) {
    case "column":
      return updateTable(mapping, override.table, (table) => {
        const columns = { ...table.columns };
        if (override.column === null || override.column < 1) {
          delete columns[override.field];
        } else {
          columns[override.field] = { column: Math.floor(override.column), confidence: 1 };
        }
        return { ...table, columns };
      });
    case "rows":
      return updateTable(mapping, override.table, (table) => ({
        ...table,
        firstDataRow: Math.max(1, Math.floor(override.firstDataRow)),
        lastDataRow: Math.floor(override.lastDataRow),
      }));
    case "replace":
      return updateTable(mapping, override.table, () => override.with);
    case "remove":
      return { tables: mapping.tables.filter((_, index) => index !== override.table) };
    case "sheet":
      return moveKind(mapping, override.kind, override.sheetName, grids);
  }
}

/** The mapping as JSON, to store in the workbook. */
export function serializeMapping(mapping: WorkbookMapping): string {
  return JSON.stringify({ version: 1, tables: mapping.tables });
}

/** A stored mapping read back; any text that is not a mapping gives a failure, never an exception. */
export function parseMapping(json: string): Outcome<WorkbookMapping> {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return failure(
      localized(
        "Cấu hình cách đọc bảng không phải JSON hợp lệ.",
        "The stored table mapping is not valid JSON."
      )
    );
  }
  if (
    typeof data !== "object" ||
    data === null ||
    !Array.isArray((data as { tables?: unknown }).tables)
  ) {
    return failure(
      localized(
        "Cấu hình cách đọc bảng thiếu danh sách bảng.",
        "The stored table mapping has no list of tables."
      )
    );
  }
  const tables: DetectedTable[] = [];
  for (const [index, entry] of (data as { tables: unknown[] }).tables.entries()) {
    const table = parseDetectedTable(entry);
    if (table === null) {
      return failure(
        localized(
          `Bảng thứ ${index + 1} trong cấu hình cách đọc bảng bị hỏng.`,
          `Table ${index + 1} of the stored table mapping is damaged.`
        )
      );
    }
    tables.push(table);
  }
  return success({ tables });
}

function updateTable(
  mapping: WorkbookMapping,
  index: number,
  change: (table: DetectedTable) => DetectedTable
): WorkbookMapping {
  const table = mapping.tables[index];
  if (table === undefined) {
    return mapping;
  }
  return {
    tables: mapping.tables.map((existing, position) =>
      position === index ? change(existing) : existing
    ),
  };
}

function moveKind(
  mapping: WorkbookMapping,
  kind: TableKind,
  sheetName: string,
  grids: readonly Grid[]
): WorkbookMapping {
  const others = mapping.tables.filter((table) => table.kind !== kind);
  const grid = grids.find((candidate) => candidate.sheetName === sheetName);
  if (grid !== undefined) {
    const found = detectTables([grid], [kind]);
    if (found.length > 0) {
      return {
        tables: [
          ...others.filter((table) => table.sheetName !== sheetName || !overlapsAny(table, found)),
          ...found,
        ],
      };
    }
  }
  const moved = mapping.tables
    .filter((table) => table.kind === kind)
    .map((table) => ({ ...table, sheetName }));
  return { tables: [...others, ...moved] };
}

function overlapsAny(table: DetectedTable, found: readonly DetectedTable[]): boolean {
  const top = (entry: DetectedTable): number => entry.headerTop ?? entry.headerRow;
  const bottom = (entry: DetectedTable): number => Math.max(entry.lastDataRow, entry.headerRow);
  return found.some((other) => top(table) <= bottom(other) && top(other) <= bottom(table));
}
