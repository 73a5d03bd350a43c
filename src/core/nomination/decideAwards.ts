import type { Localized } from "../localized";
import type { AwardHistoryEntry, ConditionInput } from "../model";
import { problem, type Problem } from "../problem";
import { compareVietnamese } from "../text";
import type { AwardRule, RuleProfile } from "../profile/types";
import type { BallotOutcome, UnitResult } from "../result";
import {
  LEFT_TO_CHAIR,
  NO_AWARD,
  OUTCOME,
  type AwardDecisions,
  type QuotaTie,
} from "./awardDecisions";
import {
  firstBallots,
  nominationContext,
  type BallotsByAward,
  type NominationContext,
} from "./internal/context";
import { quotaPlaces } from "./internal/quotaPlaces";
import { quotaTieText } from "./internal/reasonTexts";
import { unmetConditions } from "./internal/unmetConditions";

export interface NominateArgs {
  readonly year: number;
  /** Ranked and graded units (rank, tied, grade and total already set). */
  readonly units: readonly UnitResult[];
  readonly ballots: readonly BallotOutcome[];
  readonly conditions: readonly ConditionInput[];
  readonly awardHistory: readonly AwardHistoryEntry[];
  readonly profile: RuleProfile;
}

/**
 * Proposes at most one award per unit (Law 06/2022 Art. 5), from the highest award down. For each
 * award the units not yet proposed are taken in rank order; the eligible ones fill the quota. A
 * group of units tied on rank that does not fit in the places left gets none of them: the chair
 * decides (a `quota.tie` warning), and those units are not considered for lower awards.
 * The decisions come back as columns (`AwardDecisions`); `reasonWords` puts any of them in words.
 */
export function decideAwards(args: NominateArgs): AwardDecisions {
  return decideAwardsWithBallots(args, firstBallots(args.ballots, args.units, args.profile));
}

/** `decideAwards` with the ballots already placed: per award (profile order), by unit index. */
export function decideAwardsWithBallots(
  args: Omit<NominateArgs, "ballots">,
  ballots: BallotsByAward
): AwardDecisions {
  const { units, profile } = args;
  const context = nominationContext(args, ballots);
  const ranked = rankOrder(units);

  const decided = new Int16Array(units.length).fill(NO_AWARD);
  const problems: Problem[] = [];
  const places = profile.awards.map((award) => quotaPlaces(award.quota, units.length));
  // A plain loop, one call per award: code that V8 optimised for one award's numbers would be
  // thrown away at the next (a count of places, then Infinity) if it were one closure.
  const decisions: AwardColumns[] = [];
  const eligible = new Int32Array(units.length);
  for (let awardIndex = 0; awardIndex < profile.awards.length; awardIndex++) {
    const quota: Quota = {
      award: profile.awards[awardIndex]!,
      awardIndex,
      places: places[awardIndex]!,
      units,
      outcome: new Uint8Array(units.length),
      decided,
    };
    decisions.push(decideAward(quota, ranked, context, eligible, problems));
  }

  return {
    year: args.year,
    units,
    profile,
    decided,
    outcomes: decisions.map((award) => award.outcome),
    unmet: decisions.map((award) => award.unmet),
    places,
    quotaTies: decisions.map((award) => award.tie),
    ballots: context.ballots,
    blocking: context.blocking,
    history: decisions.map((award) => award.history),
    problems,
  };
}

/**
 * The units' indices in rank order, ties in the order given. Units usually come in rank order
 * already (`decideBloc` ranks them so): then no sort is needed, which for thousands of units
 * would compare them a hundred thousand times.
 */
function rankOrder(units: readonly UnitResult[]): Int32Array {
  const ranked = new Int32Array(units.length);
  let inOrder = true;
  for (let index = 0; index < ranked.length; index++) {
    ranked[index] = index;
    if (index > 0 && units[index]!.rank < units[index - 1]!.rank) inOrder = false;
  }
  if (!inOrder) ranked.sort((a, b) => units[a]!.rank - units[b]!.rank || a - b);
  return ranked;
}

/** One award's columns of `AwardDecisions`. */
interface AwardColumns {
  readonly outcome: Uint8Array;
  readonly unmet: Uint8Array;
  readonly tie: QuotaTie | undefined;
  readonly history: Map<number, Localized[]>;
}

/**
 * One award's decisions for the units not yet proposed (`ranked`: indices in rank order):
 * each one's unmet conditions, then the quota filled from the eligible ones, whose indices are
 * gathered in `eligible` (shared by the awards, as scratch space).
 */
function decideAward(
  quota: Quota,
  ranked: Int32Array,
  context: NominationContext,
  eligible: Int32Array,
  problems: Problem[]
): AwardColumns {
  const { award, awardIndex, units, outcome, decided } = quota;
  const unmet = new Uint8Array(units.length);
  const history = new Map<number, Localized[]>();
  let eligibleCount = 0;
  for (let position = 0; position < ranked.length; position++) {
    const index = ranked[position]!;
    if (decided[index] !== NO_AWARD) continue;
    const bits = unmetConditions(units[index]!, index, award, awardIndex, context, history);
    if (bits === 0) eligible[eligibleCount++] = index;
    else {
      outcome[index] = OUTCOME.notEligible;
      unmet[index] = bits;
    }
  }
  const tie = fillQuota(quota, eligible.subarray(0, eligibleCount), problems);
  return { outcome, unmet, tie, history };
}

/** One award's places and where its decisions are written. */
interface Quota {
  readonly award: AwardRule;
  readonly awardIndex: number;
  readonly places: number;
  readonly units: readonly UnitResult[];
  readonly outcome: Uint8Array;
  readonly decided: Int16Array;
}

/**
 * Gives the award to the eligible units (indices, in rank order), whole tied groups only.
 * Returns the tied group that did not fit in the places left, if any, its units in name order;
 * after it the remaining places are held for the chair's decision.
 */
function fillQuota(quota: Quota, eligible: Int32Array, problems: Problem[]): QuotaTie | undefined {
  const { units, outcome, decided } = quota;
  let tie: QuotaTie | undefined;
  // At most the eligible units: an unlimited quota (Infinity) then admits them all, and the
  // count stays a whole number.
  let free = Math.min(quota.places, eligible.length);
  let start = 0;
  while (start < eligible.length) {
    const rank = units[eligible[start]!]!.rank;
    let end = start + 1;
    while (end < eligible.length && units[eligible[end]!]!.rank === rank) end++;
    // The group is eligible[start…end), read in place: a bloc of thousands has thousands.
    const size = end - start;
    if (tie === undefined && size <= free) {
      for (let at = start; at < end; at++) {
        outcome[eligible[at]!] = OUTCOME.proposed;
        decided[eligible[at]!] = quota.awardIndex;
      }
      free -= size;
    } else if (tie === undefined && free > 0) {
      // In Vietnamese name order, whatever order the tied units came in (stably).
      const members = Array.from(eligible.subarray(start, end)).sort((a, b) =>
        compareVietnamese(units[a]!.name, units[b]!.name)
      );
      for (const index of members) {
        outcome[index] = OUTCOME.tiedAtQuota;
        decided[index] = LEFT_TO_CHAIR;
      }
      const group = members.map((index) => units[index]!);
      problems.push(
        problem("quota.tie", "warning", quotaTieText(quota.award, group, free), {
          unitId: group[0]!.unitId,
        })
      );
      tie = { rank, free, members };
    } else {
      for (let at = start; at < end; at++) outcome[eligible[at]!] = OUTCOME.quotaReached;
    }
    start = end;
  }
  return tie;
}
