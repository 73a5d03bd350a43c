import type { ColumnChoice } from "./detectedTable";
import type { ColumnLabels } from "./headerLabels";
import { matchLabel, type PreparedSynonyms } from "./matchLabel";
import { fieldSynonyms } from "./fieldSynonyms";
import type { TableKind } from "./tableKinds";

/** Matches weaker than this are not taken as a field's column. */
export const MINIMUM_MATCH = 0.5;

/**
 * How well a column's labels name a field: its lower label, the upper and lower labels read
 * together ("Số phiếu" over "Đồng ý"), or (slightly less) its upper label alone.
 */
export function columnMatch(
  labels: Pick<ColumnLabels, "keys">,
  synonyms: PreparedSynonyms
): number {
  const lower = labels.keys[labels.keys.length - 1] ?? "";
  const upper = labels.keys[0] ?? "";
  let best = matchLabel(lower, synonyms);
  if (upper !== lower && upper !== "") {
    best = Math.max(
      best,
      matchLabel(`${upper} ${lower}`.trim(), synonyms),
      0.9 * matchLabel(upper, synonyms)
    );
  }
  return best;
}

/**
 * Gives each field at most one column and each column at most one field, best matches first
 * (ties go to the leftmost column, then to the field listed first). `match` is `columnMatch`, or
 * one that remembers its answers when many rows are read.
 */
export function assignFields(
  kind: TableKind,
  fieldIds: readonly string[],
  columns: readonly ColumnLabels[],
  match: (labels: ColumnLabels, synonyms: PreparedSynonyms) => number = columnMatch
): Record<string, ColumnChoice> {
  const candidates: { field: string; fieldOrder: number; column: number; score: number }[] = [];
  fieldIds.forEach((field, fieldOrder) => {
    const synonyms = fieldSynonyms(kind, field);
    for (const labels of columns) {
      const score = match(labels, synonyms);
      if (score >= MINIMUM_MATCH) {
        candidates.push({ field, fieldOrder, column: labels.column, score });
      }
    }
  });
  candidates.sort(
    (a, b) => b.score - a.score || a.column - b.column || a.fieldOrder - b.fieldOrder
  );
  const assigned: Record<string, ColumnChoice> = {};
  const usedColumns = new Set<number>();
  for (const candidate of candidates) {
    if (assigned[candidate.field] === undefined && !usedColumns.has(candidate.column)) {
      assigned[candidate.field] = {
        column: candidate.column,
        confidence: Math.round(candidate.score * 100) / 100,
      };
      usedColumns.add(candidate.column);
    }
  }
  return assigned;
}
