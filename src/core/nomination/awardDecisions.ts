import type { Localized } from "../localized";
import type { Problem } from "../problem";
import type { RuleProfile } from "../profile/types";
import type { AwardOutcome, BallotCount, UnitResult } from "../result";

/**
 * The nominations of a bloc as columns: for each award and unit, a code for what happened and,
 * when the unit was not eligible, which conditions it missed. A bloc of thousands of units has
 * a reason for each unit and award; kept as numbers they cost nothing until a reason is read
 * (`reasonWords`), and a reader that shows one language writes only that one.
 * Units are referred to by their index in `units`, awards by their index in `profile.awards`.
 */
export interface AwardDecisions {
  readonly year: number;
  readonly units: readonly UnitResult[];
  readonly profile: RuleProfile;
  /** Per unit: the index of the award proposed, or `NO_AWARD`, or `LEFT_TO_CHAIR`. */
  readonly decided: Int16Array;
  /** Per award, per unit: an `OUTCOME` code; `OUTCOME.none` once the unit is out of the running. */
  readonly outcomes: readonly Uint8Array[];
  /** Per award, per unit: the `UNMET` bits of a unit that was not eligible, else 0. */
  readonly unmet: readonly Uint8Array[];
  /** Per award: the places its quota admits (Infinity when unlimited). */
  readonly places: readonly number[];
  /** Per award: the tied group that did not fit in the places left, if there was one. */
  readonly quotaTies: readonly (QuotaTie | undefined)[];
  /** Per award: each unit's ballot on it, by unit index (the first recorded, when several). */
  readonly ballots: readonly (readonly (BallotCount | undefined)[])[];
  /** Why a unit may not be proposed at all (discipline, inspection, complaint), by unit index. */
  readonly blocking: ReadonlyMap<number, readonly Localized[]>;
  /** Per award: the history conditions a unit does not meet, in words, by unit index. */
  readonly history: readonly ReadonlyMap<number, readonly Localized[]>[];
  /** One `quota.tie` warning per tied group left to the chair. */
  readonly problems: readonly Problem[];
}

/** A group of units tied on rank at the quota's edge: none gets the award; the chair decides. */
export interface QuotaTie {
  readonly rank: number;
  /** The places that were left for the group. */
  readonly free: number;
  /** The units of the group, by index, in rank order. */
  readonly members: readonly number[];
}

/** `decided` for a unit proposed for no award. */
export const NO_AWARD = -1;
/** `decided` for a unit of a tied group at a quota's edge: the chair decides. */
export const LEFT_TO_CHAIR = -2;

/** The codes of `outcomes`. */
export const OUTCOME = {
  /** Not considered: proposed for a higher award, or left to the chair at one. */
  none: 0,
  proposed: 1,
  /** Eligible, but the quota was filled by better-ranked units (or held for a tie above). */
  quotaReached: 2,
  tiedAtQuota: 3,
  notEligible: 4,
} as const;

/** The outcome named by each code (none for `OUTCOME.none`). */
export const OUTCOME_NAMES: readonly (AwardOutcome | undefined)[] = [
  undefined,
  "proposed",
  "quotaReached",
  "tiedAtQuota",
  "notEligible",
];

/**
 * The bits of `unmet`, in the order the reasons are written: blocked (the unit's `blocking`
 * reasons), rank, grade, score, the ballot (one of noBallot, noQuorum, votes), history (the
 * award's `history` reasons of the unit).
 */
export const UNMET = {
  blocked: 1,
  rank: 2,
  grade: 4,
  score: 8,
  noBallot: 16,
  noQuorum: 32,
  votes: 64,
  history: 128,
} as const;
