import type { BlocInput, UnitScores } from "../model";
import { problem, type Problem } from "../problem";
import type { GradeId, RuleProfile } from "../profile/types";
import { prepareScoring } from "./internal/prepareScoring";
import { notScoredMessage } from "./internal/scoreMessages";
import { scoreRow, unscoredUnit } from "./internal/scoreRow";

/** One unit's scores, before ranking. */
export interface ScoredUnit {
  readonly unitId: string;
  readonly name: string;
  /** Sum of the self scores (tự chấm); null when the unit gave none. */
  readonly selfPoints: number | null;
  /** Sum of the bloc's scores (khối chấm); null when there are none. */
  readonly blocPoints: number | null;
  /** Sum of the scores that count (profile.scoring.countingScore), before bonus and deduction. */
  readonly points: number;
  /** The bonus that counts, after its cap. */
  readonly bonus: number;
  /** The deduction that counts (a positive number, subtracted), after its cap. */
  readonly deduction: number;
  readonly total: number;
  /** Counting points per content group (criterion.group); every group is present, 0 when unscored. */
  readonly groupPoints: Record<string, number>;
  readonly grade: GradeId;
}

/**
 * Scores every unit, in the order of `input.units`, by the profile's scoring rules.
 *
 * Per criterion, a unit's self and bloc scores come from its cell; for a quantitative criterion
 * with an actual value, `computePoints` fills whichever of the two is absent. The counting score
 * is the bloc's, the unit's own, or (average) the mean of both, or the one present. Scores are
 * checked and kept sane: above the maximum → the maximum (`score.aboveMaximum`, a warning when
 * the profile clamps, else an error), negative → 0 (`score.negative`), not a number → absent
 * (`score.notNumber`), no counting score for a criterion with a maximum → `score.missing`; a
 * problem in a score that does not count (the self score when the bloc's counts) is a warning.
 * A unit with no row at all gets one `score.missing` and zeros. Bonus and deduction follow the
 * same counting rule and the profile's caps; a deduction written as a negative number counts
 * as its size. Criteria are checked once: `criterion.noMaximum`, `criterion.noTarget`.
 */
export function scoreUnits(
  input: BlocInput,
  profile: RuleProfile
): { units: ScoredUnit[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const context = prepareScoring(input, profile, problems);
  const rows = new Map<string, UnitScores>();
  for (const row of input.scores) if (!rows.has(row.unitId)) rows.set(row.unitId, row);

  const units = input.units.map((unit) => {
    const row = rows.get(unit.id);
    if (row !== undefined) return scoreRow(unit, row, context, problems);
    if (input.criteria.length > 0) {
      problems.push(
        problem("score.missing", "error", notScoredMessage(unit.name), {
          location: unit.location,
          unitId: unit.id,
        })
      );
    }
    return unscoredUnit(unit, context);
  });
  return { units, problems };
}
