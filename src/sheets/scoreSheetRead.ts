import type { CriterionInput, CriterionScore, UnitScores } from "../core/model";

/** A scoring table as read, before its unit names are resolved to ids. */
export interface ScoreSheetRead {
  readonly criteria: readonly CriterionInput[];
  readonly units: readonly UnitScoresRead[];
}

/** One unit's scores, under the name the scoring table gives it. */
export interface UnitScoresRead {
  readonly name: string;
  /** Where the name is written. */
  readonly cell: { readonly sheet: string; readonly row: number; readonly column: number };
  readonly criteria: readonly CriterionScore[];
  readonly bonus?: UnitScores["bonus"];
  readonly deduction?: UnitScores["deduction"];
}
