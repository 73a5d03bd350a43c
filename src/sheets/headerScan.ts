import { columnMatch, MINIMUM_MATCH } from "./assignFields";
import { columnRole } from "./columnGroups";
import { fieldSynonyms } from "./fieldSynonyms";
import type { ColumnLabels } from "./headerLabels";
import type { PreparedSynonyms } from "./matchLabel";
import { tableKindDefinition, type TableKind } from "./tableKinds";

/**
 * What reading every row of a sheet as a possible header shares. A sheet repeats its labels (unit
 * names, award names, grades) row after row, so each answer is remembered by label. Make one per
 * scan of a sheet and let it go with the scan.
 */
export interface HeaderScan {
  /** The table kinds looked for. */
  readonly kinds: readonly TableKind[];
  /** `columnMatch`, remembered. */
  readonly match: (labels: ColumnLabels, synonyms: PreparedSynonyms) => number;
  /** `columnRole`, remembered. */
  readonly role: (lowerKey: string) => "self" | "bloc" | null;
  /**
   * Whether a column's upper and lower labels (equal in a one-row header) name a key field of any
   * kind looked for.
   */
  readonly namesKeyField: (upperKey: string, lowerKey: string) => boolean;
  /**
   * False when the labels cannot be read as a table of this kind: some group of its key fields
   * (`TableKindDefinition.keys`) has no field that any column names well enough to be assigned.
   */
  readonly mayRead: (kind: TableKind, labels: readonly ColumnLabels[]) => boolean;
}

/** A key field, as `kind.field`. */
type KeyFieldName = string;

/** A new `HeaderScan` for the given table kinds. */
export function headerScan(kinds: readonly TableKind[]): HeaderScan {
  const keyFields = kinds.flatMap((kind) =>
    tableKindDefinition(kind)
      .fields.filter((field) => field.key === true)
      .map((field) => ({ name: `${kind}.${field.id}`, synonyms: fieldSynonyms(kind, field.id) }))
  );
  const keyFieldNames = new Set(keyFields.map((field) => field.name));
  const matches = new Map<PreparedSynonyms, Map<string, number>>();
  const roles = new Map<string, "self" | "bloc" | null>();
  const named = new Map<string, ReadonlySet<KeyFieldName>>();

  function match(labels: ColumnLabels, synonyms: PreparedSynonyms): number {
    let bySynonyms = matches.get(synonyms);
    if (bySynonyms === undefined) {
      bySynonyms = new Map();
      matches.set(synonyms, bySynonyms);
    }
    const key = pairKey(labels.keys[0] ?? "", labels.keys[labels.keys.length - 1] ?? "");
    let score = bySynonyms.get(key);
    if (score === undefined) {
      score = columnMatch(labels, synonyms);
      bySynonyms.set(key, score);
    }
    return score;
  }

  function role(lowerKey: string): "self" | "bloc" | null {
    let found = roles.get(lowerKey);
    if (found === undefined) {
      found = columnRole(lowerKey);
      roles.set(lowerKey, found);
    }
    return found;
  }

  /** The key fields that a column's labels name well enough to be assigned to. */
  function keyFieldsNamed(upperKey: string, lowerKey: string): ReadonlySet<KeyFieldName> {
    const key = pairKey(upperKey, lowerKey);
    let found = named.get(key);
    if (found === undefined) {
      const labels = { keys: [upperKey, lowerKey] };
      // A label matches synonyms only when one of its words is one of theirs: most labels
      // (names, figures) share no word with a field's synonyms and are not matched at all.
      const words = `${upperKey} ${lowerKey}`.split(" ");
      found = new Set(
        keyFields
          .filter(
            (field) =>
              words.some((word) => field.synonyms.byWord.has(word)) &&
              columnMatch(labels, field.synonyms) >= MINIMUM_MATCH
          )
          .map((field) => field.name)
      );
      named.set(key, found);
    }
    return found;
  }

  function mayRead(kind: TableKind, labels: readonly ColumnLabels[]): boolean {
    const namedHere = labels.map((label) =>
      keyFieldsNamed(label.keys[0] ?? "", label.keys[label.keys.length - 1] ?? "")
    );
    return tableKindDefinition(kind).keys.every((alternatives) =>
      alternatives.some((field) => {
        const name = `${kind}.${field}`;
        return !keyFieldNames.has(name) || namedHere.some((fields) => fields.has(name));
      })
    );
  }

  return {
    kinds,
    match,
    role,
    namesKeyField: (upperKey, lowerKey) => keyFieldsNamed(upperKey, lowerKey).size > 0,
    mayRead,
  };
}

/** One string for a column's upper and lower label, which is all `columnMatch` reads (reduced labels hold no line breaks). */
function pairKey(upperKey: string, lowerKey: string): string {
  return upperKey === lowerKey ? lowerKey : `${upperKey}\n${lowerKey}`;
}
