import type { Localized } from "./localized";

/** Where a value came from: a sheet and an A1 cell address, when known. */
export interface Location {
  readonly sheet: string;
  readonly cell?: string;
}

/**
 * `error` blocks the result (no nomination is proposed from data that is wrong);
 * `warning` is shown but the result still stands.
 */
export type Severity = "error" | "warning";

/** Every problem found in the input or the profile is a value, never a thrown exception. */
export interface Problem {
  readonly code: ProblemCode;
  readonly severity: Severity;
  readonly message: Localized;
  readonly location?: Location;
  /** The unit the problem concerns, by id, when there is one. */
  readonly unitId?: string;
}

export type ProblemCode =
  // profile
  | "profile.invalid"
  // units
  | "unit.duplicate"
  | "unit.missing"
  | "unit.unknown"
  | "unit.namedTwoWays"
  // scores
  | "score.missing"
  | "score.aboveMaximum"
  | "score.negative"
  | "score.notNumber"
  | "criterion.noMaximum"
  | "criterion.noTarget"
  // votes
  | "vote.aboveVoters"
  | "vote.noQuorum"
  | "vote.missing"
  | "vote.inconsistent"
  // history, conditions
  | "history.unknownAward"
  | "history.duplicateYear"
  // decisions
  | "rank.tie"
  | "quota.tie"
  | "rotation.tie"
  | "rotation.noCandidate"
  | "rotation.noOrder"
  | "rotation.duplicateOrder"
  // sheets and text
  | "sheet.notFound"
  | "sheet.columnMissing"
  | "text.legacyEncoding"
  | "text.notNumber";

export function problem(
  code: ProblemCode,
  severity: Severity,
  message: Localized,
  where: { location?: Location; unitId?: string } = {}
): Problem {
  return { code, severity, message, ...where };
}

export function hasBlockingProblem(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === "error");
}
