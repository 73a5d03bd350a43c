import type { BlocInput, CriterionInput } from "../core/model";
import { nameKey } from "../core/text";
import type { LeaderHistoryRow } from "./readLeaderHistory";
import type { UnitRow } from "./readUnits";
import type { ResolvedScores } from "./resolveScores";

/** Splitting what was read among the blocs of a workbook. Private helpers of `readBlocs`. */

/** The criteria of the scoring tables that score any of the bloc's units (all, when there is one table). */
export function criteriaFor(
  ids: ReadonlySet<string>,
  tables: ResolvedScores["tables"]
): CriterionInput[] {
  const criteria = new Map<string, CriterionInput>();
  for (const table of tables) {
    if ([...table.unitIds].some((id) => ids.has(id)) || tables.length === 1) {
      for (const criterion of table.criteria) {
        if (!criteria.has(criterion.id)) {
          criteria.set(criterion.id, criterion);
        }
      }
    }
  }
  return [...criteria.values()];
}

/**
 * Entries split among the blocs, in one pass: for each bloc (given by its unit ids), the entries
 * of its units, in their order. An entry whose unit is in several blocs goes to each of them.
 */
export function splitByBloc<T extends { readonly unitId: string }>(
  entries: readonly T[],
  blocIds: readonly ReadonlySet<string>[]
): T[][] {
  const blocsOf = new Map<string, number[]>();
  blocIds.forEach((ids, index) => {
    for (const id of ids) {
      const blocs = blocsOf.get(id);
      if (blocs === undefined) {
        blocsOf.set(id, [index]);
      } else {
        blocs.push(index);
      }
    }
  });
  const split = blocIds.map((): T[] => []);
  for (const entry of entries) {
    for (const index of blocsOf.get(entry.unitId) ?? []) {
      split[index]?.push(entry);
    }
  }
  return split;
}

/**
 * The leader-history rows of a bloc: by the row's bloc name when both have one, else by the leader's
 * unit. `keyOf` is `nameKey`, or a memoized one when called for many blocs over the same rows.
 */
export function leadersFor(
  blocName: string | null,
  ids: ReadonlySet<string>,
  rows: readonly LeaderHistoryRow[],
  onlyBloc: boolean,
  keyOf: (name: string) => string = nameKey
): BlocInput["leaderHistory"] {
  const blocKey = blocName === null ? null : keyOf(blocName);
  return rows
    .filter((row) =>
      row.blocName !== null && blocKey !== null
        ? keyOf(row.blocName) === blocKey
        : onlyBloc || ids.has(row.entry.leaderUnitId)
    )
    .map((row) => row.entry);
}

/** Units grouped by bloc name (compared by name key), in order of first appearance. */
export function groupByBloc(
  rows: readonly UnitRow[]
): { blocName: string | null; rows: UnitRow[] }[] {
  const groups = new Map<string, { blocName: string | null; rows: UnitRow[] }>();
  for (const row of rows) {
    const key = row.blocName === null ? "" : nameKey(row.blocName);
    const group = groups.get(key) ?? { blocName: row.blocName, rows: [] };
    group.rows.push(row);
    groups.set(key, group);
  }
  if (groups.size === 0) {
    return [{ blocName: null, rows: [] }];
  }
  return [...groups.values()];
}
