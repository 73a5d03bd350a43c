import { localized } from "../core/localized";
import type { Problem, Severity } from "../core/problem";
import { nameKey } from "../core/text";
import { cellProblem } from "./cellProblem";
import { closestNames } from "./closestNames";
import { memoized } from "./memoized";

/** Resolves unit names written in any sheet to unit ids, reporting names it does not know. */
export interface UnitDirectory {
  /**
   * The id of the unit a written name means: its `nameKey`, through the user's aliases; null for
   * a blank name or one not in the units table (then reported as `unit.unknown` with the closest names).
   */
  resolve(
    name: string,
    cell: { sheet: string; row: number; column: number },
    problems: Problem[],
    severity?: Severity
  ): string | null;
  has(unitId: string): boolean;
}

/** A directory over the units table (ids are name keys) and the aliases the user chose. */
export function createUnitDirectory(
  units: readonly { readonly id: string; readonly name: string }[],
  aliases: Readonly<Record<string, string>> = {}
): UnitDirectory {
  const ids = new Set(units.map((unit) => unit.id));
  const names = units.map((unit) => unit.name);
  // The same names come back on every sheet and in every year of the history: keyed once each.
  const keyOf = memoized(nameKey);
  const closestTo = memoized((name) => closestNames(name, names));
  return {
    has: (unitId) => ids.has(unitId),
    resolve(name, cell, problems, severity = "error") {
      const key = keyOf(name);
      if (key === "") {
        return null;
      }
      const id = aliases[key] ?? key;
      if (ids.has(id)) {
        return id;
      }
      const closest = closestTo(name);
      const listVi =
        closest.length === 0
          ? ""
          : ` Tên gần nhất: ${closest.map((known) => `“${known}”`).join(", ")}.`;
      const listEn =
        closest.length === 0
          ? ""
          : ` Closest names: ${closest.map((known) => `“${known}”`).join(", ")}.`;
      problems.push(
        cellProblem(
          "unit.unknown",
          severity,
          cell,
          localized(
            `đơn vị “${name}” không có trong bảng danh sách đơn vị.${listVi} Hãy sửa tên hoặc chọn đơn vị tương ứng.`,
            `the unit “${name}” is not in the units table.${listEn} Correct the name or choose the unit it means.`
          ),
          id
        )
      );
      return null;
    },
  };
}
