import type { Location } from "./problem";
import type { GradeId } from "./profile/types";

/**
 * The engine's input for one bloc and one year: what the sheet readers make of the secretariat's
 * tables. Units are referred to by `id` (a normalised name key) everywhere else.
 */
export interface BlocInput {
  readonly year: number;
  /** The bloc's name, as printed. */
  readonly blocName: string;
  readonly units: readonly UnitInput[];
  readonly criteria: readonly CriterionInput[];
  readonly scores: readonly UnitScores[];
  readonly votes: readonly VoteInput[];
  readonly conditions: readonly ConditionInput[];
  readonly awardHistory: readonly AwardHistoryEntry[];
  readonly leaderHistory: readonly LeaderHistoryEntry[];
}

export interface UnitInput {
  readonly id: string;
  readonly name: string;
  readonly shortName?: string;
  /** Position in the bloc's fixed rotation order (1 = first). */
  readonly rotationOrder?: number;
  /** Share of women among the collective's members, 0…1. */
  readonly womenShare?: number;
  readonly headName?: string;
  readonly headTitle?: string;
  readonly location?: Location;
}

export interface QuantitativeTarget {
  readonly target: number;
  readonly lowerIsBetter: boolean;
}

export interface CriterionInput {
  readonly id: string;
  /** STT as written (1, 2, 1.1, …). */
  readonly code: string;
  readonly title: string;
  /** The content group (nhóm nội dung) it belongs to: "I", "II", … */
  readonly group: string;
  /** Điểm chuẩn; null when the sheet gives none (reported as a problem). */
  readonly maxPoints: number | null;
  /** Present for a quantitative criterion; its points then come from the actual value. */
  readonly quantitative?: QuantitativeTarget;
  readonly location?: Location;
}

/** One score cell: self (tự chấm) and bloc (khối chấm) points, or the actual value of a target. */
export interface CriterionScore {
  readonly criterionId: string;
  readonly self?: number | null;
  readonly bloc?: number | null;
  /** The achieved value for a quantitative criterion. */
  readonly actual?: number | null;
  readonly location?: Location;
}

export interface UnitScores {
  readonly unitId: string;
  readonly criteria: readonly CriterionScore[];
  readonly bonus?: {
    readonly self?: number | null;
    readonly bloc?: number | null;
    readonly location?: Location;
  };
  readonly deduction?: {
    readonly self?: number | null;
    readonly bloc?: number | null;
    readonly location?: Location;
  };
}

/** One ballot on a unit that stands for every award put to the vote (THIDUA.NOMINATE's votes). */
export type UnitBallot = Omit<VoteInput, "awardId">;

export interface VoteInput {
  readonly unitId: string;
  readonly awardId: string;
  readonly inFavour: number;
  readonly ballotsIssued?: number;
  readonly ballotsValid?: number;
  readonly membersPresent?: number;
  readonly membersTotal?: number;
  readonly location?: Location;
}

export interface ConditionInput {
  readonly unitId: string;
  /** 0 = none; higher is graver (khiển trách 1, cảnh cáo 2, …), as the profile's scale says. */
  readonly disciplineLevel: number;
  readonly underInvestigation: boolean;
  readonly pendingComplaint: boolean;
  readonly notes?: string;
  readonly location?: Location;
}

/** An award a unit received, or a grade it was given, in an earlier year. */
export interface AwardHistoryEntry {
  readonly year: number;
  readonly unitId: string;
  readonly awardId?: string;
  readonly grade?: GradeId;
  readonly location?: Location;
}

export interface LeaderHistoryEntry {
  readonly year: number;
  readonly leaderUnitId: string;
  readonly deputyUnitId?: string;
  readonly location?: Location;
}
