import type { CriterionScore, UnitInput, UnitScores } from "../../model";
import { problem, type Problem } from "../../problem";
import { computePoints } from "../computePoints";
import { computeTotal } from "../computeTotal";
import { gradeFor } from "../gradeFor";
import type { ScoredUnit } from "../scoreUnits";
import type { PreparedCriterion, ScoringContext } from "./prepareScoring";
import {
  aboveMaximumMessage,
  actualProblemMessage,
  extraNotNumberMessage,
  missingScoreMessage,
  negativeBonusMessage,
  negativeDeductionMessage,
  negativeScoreMessage,
  notNumberMessage,
  type ScoreKind,
} from "./scoreMessages";

/**
 * Scores one unit from its row of the scoring table, reporting what is wrong in it. Written for
 * speed (a province is 1,000 units × 200 criteria): no allocation per cell unless it has a problem.
 */
export function scoreRow(
  unit: UnitInput,
  row: UnitScores,
  context: ScoringContext,
  problems: Problem[]
): ScoredUnit {
  const { counting, criteria } = context;
  const countsSelf = counting !== "bloc";
  const countsBloc = counting !== "self";
  const findCell = cellFinder(row);
  // Summed by the group's position and written into a record at the end: adding into the record
  // by a group name that changes from cell to cell was a third of the scoring time.
  const groupSums = new Float64Array(context.groups.length);
  // Plain numbers with a flag rather than number-or-null: V8 boxes such a variable anew at every
  // addition, which was most of the scoring's garbage (200,000 cells in a province).
  let selfSum = 0;
  let anySelf = false;
  let blocSum = 0;
  let anyBloc = false;
  let points = 0;

  for (let index = 0; index < criteria.length; index++) {
    const prepared = criteria[index]!;
    const cell = findCell(prepared.criterion.id, index);
    const problemsBefore = problems.length;
    let self = cleanScore(cell?.self, prepared.maximum);
    if (self === undefined)
      self = checkScore(cell!.self!, "self", countsSelf, unit, prepared, cell!, context, problems);
    const problemsAfterSelf = problems.length;
    let bloc = cleanScore(cell?.bloc, prepared.maximum);
    if (bloc === undefined)
      bloc = checkScore(cell!.bloc!, "bloc", countsBloc, unit, prepared, cell!, context, problems);
    let suppressMissing =
      (countsSelf && problemsAfterSelf > problemsBefore) ||
      (countsBloc && problems.length > problemsAfterSelf);

    const actual = cell?.actual;
    if (
      prepared.quantitative &&
      actual !== undefined &&
      actual !== null &&
      (self === null || bloc === null)
    ) {
      const earned = pointsFromActual(actual, unit, prepared, cell!, context, problems);
      if (earned === null) suppressMissing = true;
      self ??= earned;
      bloc ??= earned;
    }

    if (self !== null) {
      selfSum += self;
      anySelf = true;
    }
    if (bloc !== null) {
      blocSum += bloc;
      anyBloc = true;
    }
    const counted = countingValue(self, bloc, counting);
    if (counted === null) {
      if (prepared.maximum !== null && !suppressMissing) {
        problems.push(
          problem(
            "score.missing",
            "error",
            missingScoreMessage(unit.name, prepared.label, counting, prepared.quantitative),
            { location: cell?.location ?? prepared.criterion.location, unitId: unit.id }
          )
        );
      }
      continue;
    }
    points += counted;
    groupSums[prepared.groupIndex]! += counted;
  }

  const bonus = readExtra(row.bonus, "bonus", unit, context, problems);
  const deduction = readExtra(row.deduction, "deduction", unit, context, problems);
  return finishUnit(
    unit,
    {
      selfPoints: anySelf ? selfSum : null,
      blocPoints: anyBloc ? blocSum : null,
      points,
      bonus,
      deduction,
      groupPoints: groupRecord(context.groups, groupSums),
    },
    context
  );
}

/** A unit that has no row in the scoring table: everything 0, its grade from a total of 0. */
export function unscoredUnit(unit: UnitInput, context: ScoringContext): ScoredUnit {
  return finishUnit(
    unit,
    {
      selfPoints: null,
      blocPoints: null,
      points: 0,
      bonus: 0,
      deduction: 0,
      groupPoints: groupRecord(context.groups, new Float64Array(context.groups.length)),
    },
    context
  );
}

interface Sums {
  readonly selfPoints: number | null;
  readonly blocPoints: number | null;
  readonly points: number;
  readonly bonus: number;
  readonly deduction: number;
  readonly groupPoints: Record<string, number>;
}

function finishUnit(unit: UnitInput, sums: Sums, context: ScoringContext): ScoredUnit {
  const bonus = context.bonusCap === null ? sums.bonus : Math.min(sums.bonus, context.bonusCap);
  const deduction =
    context.deductionCap === null ? sums.deduction : Math.min(sums.deduction, context.deductionCap);
  const totalOutcome = computeTotal({ points: sums.points, bonus, deduction });
  const total = totalOutcome.ok ? totalOutcome.value : sums.points + bonus - deduction;
  return {
    unitId: unit.id,
    name: unit.name,
    selfPoints: sums.selfPoints,
    blocPoints: sums.blocPoints,
    points: sums.points,
    bonus,
    deduction,
    total,
    groupPoints: sums.groupPoints,
    grade: gradeFor(total, context.grades),
  };
}

/** Points per group name, from the sums by group position. */
function groupRecord(groups: readonly string[], sums: Float64Array): Record<string, number> {
  const result: Record<string, number> = {};
  groups.forEach((group, index) => {
    result[group] = sums[index]!;
  });
  return result;
}

/** Finds a criterion's cell: where the criteria's order is kept, by position; else by id. */
function cellFinder(
  row: UnitScores
): (criterionId: string, index: number) => CriterionScore | undefined {
  let byId: Map<string, CriterionScore> | null = null;
  return (criterionId, index) => {
    const atIndex = row.criteria[index];
    if (atIndex !== undefined && atIndex.criterionId === criterionId) return atIndex;
    if (byId === null) {
      byId = new Map();
      for (const cell of row.criteria)
        if (!byId.has(cell.criterionId)) byId.set(cell.criterionId, cell);
    }
    return byId.get(criterionId);
  };
}

/**
 * The common case, cheaply: null for an absent score, the score when it is a number within
 * 0…maximum, undefined when it needs `checkScore`.
 */
function cleanScore(
  raw: number | null | undefined,
  maximum: number | null
): number | null | undefined {
  if (raw === undefined || raw === null) return null;
  if (raw >= 0 && (maximum === null ? raw < Infinity : raw <= maximum)) return raw;
  return undefined;
}

/**
 * A score that is not clean, reported: not a number → absent; negative → 0; above the maximum
 * → the maximum. A problem in a score that does not count is only a warning.
 */
function checkScore(
  raw: number,
  kind: ScoreKind,
  counts: boolean,
  unit: UnitInput,
  prepared: PreparedCriterion,
  cell: CriterionScore,
  context: ScoringContext,
  problems: Problem[]
): number | null {
  const where = { location: cell.location ?? prepared.criterion.location, unitId: unit.id };
  const severity = counts ? "error" : "warning";
  if (!Number.isFinite(raw)) {
    problems.push(
      problem("score.notNumber", severity, notNumberMessage(unit.name, prepared.label, kind), where)
    );
    return null;
  }
  if (raw < 0) {
    problems.push(
      problem(
        "score.negative",
        severity,
        negativeScoreMessage(unit.name, prepared.label, kind, raw),
        where
      )
    );
    return 0;
  }
  const maximum = prepared.maximum!;
  const clamp = !counts || context.aboveMaximum === "clamp";
  problems.push(
    problem(
      "score.aboveMaximum",
      clamp ? "warning" : "error",
      aboveMaximumMessage(unit.name, prepared.label, kind, raw, maximum, clamp),
      where
    )
  );
  return maximum;
}

/**
 * Points earned from a quantitative criterion's actual value, or null when they cannot be had:
 * the actual value is wrong (reported here), or the criterion or profile is (reported once
 * when the scoring was prepared).
 */
function pointsFromActual(
  actual: number,
  unit: UnitInput,
  prepared: PreparedCriterion,
  cell: CriterionScore,
  context: ScoringContext,
  problems: Problem[]
): number | null {
  if (prepared.target === null || prepared.maximum === null || context.points === null) return null;
  const outcome = computePoints({
    actual,
    target: prepared.target.target,
    lowerIsBetter: prepared.target.lowerIsBetter,
    maxPoints: prepared.maximum,
    method: context.points.method,
    cap: context.points.cap,
  });
  if (outcome.ok) return outcome.value;
  const code = Number.isFinite(actual) && actual < 0 ? "score.negative" : "score.notNumber";
  problems.push(
    problem(code, "error", actualProblemMessage(unit.name, prepared.label, outcome.error), {
      location: cell.location ?? prepared.criterion.location,
      unitId: unit.id,
    })
  );
  return null;
}

function countingValue(
  self: number | null,
  bloc: number | null,
  counting: ScoringContext["counting"]
): number | null {
  switch (counting) {
    case "bloc":
      return bloc;
    case "self":
      return self;
    case "average":
      if (self !== null && bloc !== null) return (self + bloc) / 2;
      return self ?? bloc;
  }
}

/**
 * The bonus or deduction that counts, before its cap. A bonus that is negative or not a number
 * is not counted; a deduction written as a negative number ("-5") counts as 5, with a warning.
 */
function readExtra(
  cell: UnitScores["bonus"],
  which: "bonus" | "deduction",
  unit: UnitInput,
  context: ScoringContext,
  problems: Problem[]
): number {
  if (cell === undefined) return 0;
  const where = { location: cell.location, unitId: unit.id };
  const readOne = (raw: number | null | undefined, kind: ScoreKind): number | null => {
    if (raw === undefined || raw === null) return null;
    const severity =
      context.counting === kind || context.counting === "average" ? "error" : "warning";
    if (!Number.isFinite(raw)) {
      problems.push(
        problem("score.notNumber", severity, extraNotNumberMessage(unit.name, which, kind), where)
      );
      return null;
    }
    if (raw >= 0) return raw;
    if (which === "deduction") {
      problems.push(
        problem("score.negative", "warning", negativeDeductionMessage(unit.name, kind, raw), where)
      );
      return -raw;
    }
    problems.push(
      problem("score.negative", severity, negativeBonusMessage(unit.name, kind, raw), where)
    );
    return null;
  };
  return (
    countingValue(readOne(cell.self, "self"), readOne(cell.bloc, "bloc"), context.counting) ?? 0
  );
}
