import { localized } from "../core/localized";
import type { CriterionInput, CriterionScore, UnitScores } from "../core/model";
import type { Problem } from "../core/problem";
import { cellProblem } from "./cellProblem";
import type { ScoreSheetRead } from "./scoreSheetRead";
import type { UnitDirectory } from "./unitDirectory";

export interface ResolvedScores {
  readonly byUnit: ReadonlyMap<string, UnitScores>;
  /** Per scoring table, its criteria and the units it scores. */
  readonly tables: readonly {
    readonly criteria: readonly CriterionInput[];
    readonly unitIds: ReadonlySet<string>;
  }[];
}

/**
 * The scoring tables' units resolved to unit ids (unknown names reported by the directory; a unit
 * twice in one table is `unit.duplicate`). A unit scored in two tables (self scores on one sheet,
 * bloc scores on another) gets the cells of both.
 */
export function resolveScores(
  reads: readonly ScoreSheetRead[],
  directory: UnitDirectory,
  problems: Problem[]
): ResolvedScores {
  const byUnit = new Map<string, UnitScores>();
  const tables = reads.map((read) => {
    const unitIds = new Set<string>();
    for (const unit of read.units) {
      const unitId = directory.resolve(unit.name, unit.cell, problems);
      if (unitId === null) {
        continue;
      }
      if (unitIds.has(unitId)) {
        problems.push(
          cellProblem(
            "unit.duplicate",
            "error",
            unit.cell,
            localized(
              `đơn vị “${unit.name}” có hai lần trong bảng chấm điểm; lần này bị bỏ qua.`,
              `the unit “${unit.name}” appears twice in the scoring table; this one is ignored.`
            ),
            unitId
          )
        );
        continue;
      }
      unitIds.add(unitId);
      const scores: UnitScores = {
        unitId,
        criteria: unit.criteria,
        ...(unit.bonus === undefined ? {} : { bonus: unit.bonus }),
        ...(unit.deduction === undefined ? {} : { deduction: unit.deduction }),
      };
      const earlier = byUnit.get(unitId);
      byUnit.set(unitId, earlier === undefined ? scores : mergeScores(earlier, scores));
    }
    return { criteria: read.criteria, unitIds };
  });
  return { byUnit, tables };
}

function mergeScores(earlier: UnitScores, later: UnitScores): UnitScores {
  const merged = new Map<string, CriterionScore>(
    earlier.criteria.map((entry) => [entry.criterionId, entry])
  );
  for (const entry of later.criteria) {
    merged.set(entry.criterionId, { ...merged.get(entry.criterionId), ...definedOnly(entry) });
  }
  return {
    unitId: later.unitId,
    criteria: [...merged.values()],
    bonus: { ...earlier.bonus, ...definedOnly(later.bonus ?? {}) },
    deduction: { ...earlier.deduction, ...definedOnly(later.deduction ?? {}) },
  };
}

function definedOnly<T extends object>(entry: T): T {
  return Object.fromEntries(
    Object.entries(entry).filter(([, value]) => value !== null && value !== undefined)
  ) as T;
}
