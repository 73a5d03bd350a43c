import type { Localized } from "./localized";
import type { Problem } from "./problem";
import type { GradeId } from "./profile/types";

/** The engine's decisions for one bloc and one year. */
export interface BlocResult {
  readonly year: number;
  readonly blocName: string;
  /** In rank order, ties in Vietnamese name order (display only: tied units share a rank). */
  readonly units: readonly UnitResult[];
  readonly ballots: readonly BallotOutcome[];
  readonly nominations: readonly Nomination[];
  readonly rotation: RotationProposal;
  readonly problems: readonly Problem[];
  /** True when an error-level problem means no decision should be taken from this result. */
  readonly blocked: boolean;
}

export interface UnitResult {
  readonly unitId: string;
  readonly name: string;
  /** Sum of the self-scored points (tự chấm), null when the unit did not score itself. */
  readonly selfPoints: number | null;
  /** Sum of the bloc-scored points (khối chấm), null when not scored. */
  readonly blocPoints: number | null;
  /** The points that count, by the profile's choice, before bonus and deduction. */
  readonly points: number;
  readonly bonus: number;
  readonly deduction: number;
  readonly total: number;
  /** Points per content group, used by tie-breaks and the summary. */
  readonly groupPoints: Readonly<Record<string, number>>;
  /** Competition rank ("1224") after the profile's tie-breaks. */
  readonly rank: number;
  /** True when this unit shares its rank with another after every tie-break. */
  readonly tied: boolean;
  readonly grade: GradeId;
}

/** What a ballot counted, whatever the award's threshold. */
export interface BallotCount {
  readonly votes: number;
  /** The number the share is taken of (members present or all members, per profile). */
  readonly base: number;
  readonly share: number;
  readonly quorumMet: boolean;
}

export interface BallotOutcome extends BallotCount {
  readonly unitId: string;
  readonly awardId: string;
  readonly passed: boolean;
}

export type AwardOutcome =
  | "proposed"
  /** Eligible, but the quota was filled by better-ranked units. */
  | "quotaReached"
  /** Eligible, but tied with others at the quota's edge: the chair decides. */
  | "tiedAtQuota"
  | "notEligible"
  /** Already proposed for a higher award (one award per unit). */
  | "higherAward";

/** Why a unit got, or did not get, one award. */
export interface AwardReason {
  readonly awardId: string;
  readonly outcome: AwardOutcome;
  readonly message: Localized;
}

export interface Nomination {
  readonly unitId: string;
  /** The award proposed, or null. */
  readonly awardId: string | null;
  /** One reason per award from the highest down to the one proposed (or all, when none). */
  readonly reasons: readonly AwardReason[];
}

export interface RotationCandidate {
  readonly unitId: string;
  readonly reason: Localized;
}

export interface RotationProposal {
  readonly year: number;
  readonly leaderUnitId: string | null;
  readonly deputyUnitId: string | null;
  /** The rule applied and the history behind it, in words. */
  readonly reasons: readonly Localized[];
  /** The other units that could lead, best first, each with why it was not chosen. */
  readonly alternatives: readonly RotationCandidate[];
  /** Units tied for the proposal, left for the meeting to decide; empty when none. */
  readonly tiedUnitIds: readonly string[];
}
