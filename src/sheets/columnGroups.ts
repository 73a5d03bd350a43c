import type { Grid } from "./grid";
import type { CellPosition } from "./detectedTable";
import type { ColumnLabels } from "./headerLabels";
import { matchLabel } from "./matchLabel";
import { fieldSynonyms } from "./fieldSynonyms";
import { mergeAt } from "./sheetCells";

/** A run of adjacent columns under one label (a unit name, a criterion), each maybe marked Tự chấm or Khối chấm. */
export interface ColumnGroup {
  /** Reduced label; "" for self/bloc columns under no name. */
  readonly key: string;
  readonly text: string;
  readonly cell: CellPosition;
  readonly columns: readonly { readonly column: number; readonly role: "self" | "bloc" | null }[];
}

/** Labels this close to "Tự chấm" or "Khối chấm" mark a column as such. */
const ROLE_MATCH = 0.7;

/** Groups adjacent columns by their upper label (or their only label), in order. */
export function columnGroups(grid: Grid, labels: readonly ColumnLabels[]): ColumnGroup[] {
  const groups: {
    key: string;
    text: string;
    cell: CellPosition;
    columns: { column: number; role: "self" | "bloc" | null }[];
  }[] = [];
  for (const label of labels) {
    const last = label.keys.length - 1;
    const lower = label.keys[last] ?? "";
    const upper = label.keys[0] ?? "";
    const role = columnRole(lower);
    let index = last;
    if (label.keys.length > 1 && upper !== "" && upper !== lower) {
      index = 0;
    }
    const previous = groups[groups.length - 1];
    const previousColumn = previous?.columns[previous.columns.length - 1]?.column;
    // An unmerged name over a pair: the blank cell right of the name belongs to it.
    const inherits =
      label.keys.length > 1 &&
      upper === "" &&
      role !== null &&
      previousColumn === label.column - 1 &&
      previous?.key !== "";
    let key = index === last && role !== null ? "" : (label.keys[index] ?? "");
    if (inherits && previous !== undefined) {
      key = previous.key;
    }
    const text = key === "" ? "" : inherits ? (previous?.text ?? "") : (label.texts[index] ?? "");
    const row = label.rows[index] ?? label.rows[last] ?? 0;
    if (previous !== undefined && previous.key === key && previousColumn === label.column - 1) {
      previous.columns.push({ column: label.column, role });
      continue;
    }
    const merge = mergeAt(grid, row, label.column);
    groups.push({
      key,
      text,
      cell: merge === null ? { row, column: label.column } : { row: merge.top, column: merge.left },
      columns: [{ column: label.column, role }],
    });
  }
  return groups;
}

/** Whether a lower header label says "Tự chấm" (self) or "Khối chấm" (bloc). */
export function columnRole(lowerKey: string): "self" | "bloc" | null {
  const self = matchLabel(lowerKey, fieldSynonyms("scores", "self"));
  const bloc = matchLabel(lowerKey, fieldSynonyms("scores", "blocScore"));
  if (Math.max(self, bloc) < ROLE_MATCH) {
    return null;
  }
  return self >= bloc ? "self" : "bloc";
}

/**
 * The self and bloc columns of a group: marked ones first; an unmarked single column is the bloc's
 * score (the one that counts); two unmarked columns are Tự chấm then Khối chấm.
 */
export function selfAndBlocColumns(group: ColumnGroup): {
  selfColumn: number | null;
  blocColumn: number | null;
} {
  let selfColumn = group.columns.find((entry) => entry.role === "self")?.column ?? null;
  let blocColumn = group.columns.find((entry) => entry.role === "bloc")?.column ?? null;
  const unmarked = group.columns
    .filter((entry) => entry.role === null)
    .map((entry) => entry.column);
  if (selfColumn === null && blocColumn === null && unmarked.length >= 2) {
    selfColumn = unmarked[0] ?? null;
    blocColumn = unmarked[1] ?? null;
  } else if (blocColumn === null) {
    blocColumn = unmarked[0] ?? null;
  } else if (selfColumn === null) {
    selfColumn = unmarked[0] ?? null;
  }
  return { selfColumn, blocColumn };
}
