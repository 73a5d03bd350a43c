import type { Localized } from "../localized";

/**
 * The rule profile: every rule that differs between provinces, blocs and years (SPEC §3).
 * Plain data, stored in the workbook and edited in the task pane; never constants in code.
 */
export interface RuleProfile {
  /** Bumped when the shape changes, so a profile saved by an older add-in can be migrated. */
  readonly schemaVersion: 1;
  readonly id: string;
  readonly name: Localized;
  /** Where the rules come from (decision numbers), shown to users beside the result. */
  readonly basis: Localized;
  readonly scoring: ScoringRules;
  readonly grades: GradeThresholds;
  readonly ranking: RankingRules;
  readonly ballot: BallotRules;
  /** Highest award first. A unit is proposed for at most one of them (Law 06/2022 Art. 5). */
  readonly awards: readonly AwardRule[];
  readonly blocking: BlockingRules;
  readonly rotation: RotationRules;
}

/** Which of the two scores counts: the bloc's (khối chấm), the unit's own (tự chấm), or their mean. */
export type CountingScore = "bloc" | "self" | "average";

/**
 * How a quantitative criterion turns completion (actual ÷ target, inverted when lower is better)
 * into points:
 * - `proportional`: max × completion, never above max;
 * - `capped`: max × min(completion, cap) ÷ cap — exceeding the target up to `cap` earns full points;
 * - `allOrNothing`: max when completion ≥ 1, else 0.
 */
export type PointsMethod = "proportional" | "capped" | "allOrNothing";

export interface ScoringRules {
  /** The maximum total of the criteria (100, 1000, …). */
  readonly maxTotal: number;
  readonly countingScore: CountingScore;
  /** Largest bonus that counts; null for no cap. */
  readonly bonusCap: number | null;
  /** Largest deduction that counts; null for no cap. */
  readonly deductionCap: number | null;
  /** A criterion scored above its maximum is clamped to it (with a warning) or an error. */
  readonly aboveMaximum: "clamp" | "error";
  readonly pointsMethod: PointsMethod;
  /** Completion ratio at which `capped` gives full points (e.g. 1.2 = 120%). */
  readonly completionCap: number;
}

export type GradeId = "excellent" | "good" | "pass" | "fail";

/** Grades from the highest: Hoàn thành xuất sắc / tốt / Hoàn thành / Không hoàn thành nhiệm vụ. */
export const GRADE_ORDER: readonly GradeId[] = ["excellent", "good", "pass", "fail"];

/** Minimum total for each grade; a total below `pass` is `fail`. */
export interface GradeThresholds {
  readonly excellent: number;
  readonly good: number;
  readonly pass: number;
}

export type TieBreakKey =
  /** Higher score in one content group (e.g. group "I"). */
  | { readonly kind: "groupScore"; readonly group: string }
  | { readonly kind: "moreBonus" }
  | { readonly kind: "fewerDeductions" }
  /** Decree 152/2025 Art. 4(6): prefer a collective with at least this share of women. */
  | { readonly kind: "womenShare"; readonly atLeast: number }
  /** More votes in favour for the given award (the highest award when omitted). */
  | { readonly kind: "moreVotes"; readonly awardId?: string };

export interface RankingRules {
  /** Applied in order to units tied on total; a tie that survives all of them is shown, not broken. */
  readonly tieBreaks: readonly TieBreakKey[];
}

export interface BallotRules {
  /** Share of the base needed to pass, as a fraction (0.5 = majority; passes when share ≥ it). */
  readonly threshold: number;
  /** A majority "of members present" or "of all members". */
  readonly base: "present" | "total";
  /** Share of all members that must be present for the ballot to count (0 for none). */
  readonly quorum: number;
  /** When true a share strictly above the threshold is needed (e.g. "more than half"). */
  readonly strictlyAbove: boolean;
}

export type Quota =
  | { readonly kind: "count"; readonly count: number }
  | {
      readonly kind: "percent";
      readonly percent: number;
      readonly rounding: "down" | "up" | "nearest";
    }
  | { readonly kind: "unlimited" };

export type HistoryCondition =
  /** Received the award in one of the `withinYears` years before this one (any earlier year when null). */
  | { readonly kind: "awardEarlier"; readonly awardId: string; readonly withinYears: number | null }
  /** The given grade in each of the `years` years up to and including this one. */
  | { readonly kind: "consecutiveGrade"; readonly grade: GradeId; readonly years: number };

export interface AwardRule {
  readonly id: string;
  /** Name as printed on the nomination list. */
  readonly name: Localized;
  readonly quota: Quota;
  /** Only units ranked this or better (1 = the bloc's leading unit); null for any rank. */
  readonly bestRank: number | null;
  readonly minGrade: GradeId | null;
  readonly minScore: number | null;
  /** Share of votes in favour needed; null when this award is not voted on. */
  readonly voteThreshold: number | null;
  readonly history: readonly HistoryCondition[];
  /** Reward money as a multiple of the base salary (Decree 152/2025 Art. 50), for information. */
  readonly moneyMultiple: number | null;
}

export interface BlockingRules {
  /** A discipline level at or above this blocks every proposal; null to ignore discipline. */
  readonly disciplineAtLeast: number | null;
  readonly investigationBlocks: boolean;
  readonly complaintBlocks: boolean;
}

/**
 * - `highestNotRecent`: the highest-ranked unit that has not led in the last `lookbackYears` years;
 * - `fixedOrder`: the unit after this year's leader in rotation order;
 * - `deputySucceeds`: this year's deputy leads; the next in rotation order after it becomes deputy.
 */
export type RotationMode = "highestNotRecent" | "fixedOrder" | "deputySucceeds";

export interface RotationRules {
  readonly mode: RotationMode;
  readonly lookbackYears: number;
  readonly chooseDeputy: boolean;
  /** Blocked units (discipline, investigation, complaint) cannot lead. */
  readonly excludeBlocked: boolean;
}
