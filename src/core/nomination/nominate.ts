import type { AwardHistoryEntry, ConditionInput } from "../model";
import { problem, type Problem } from "../problem";
import type { AwardRule, RuleProfile } from "../profile/types";
import type { AwardReason, BallotOutcome, Nomination, UnitResult } from "../result";
import { nominationContext, type NominationContext } from "./internal/context";
import { quotaPlaces } from "./internal/quotaPlaces";
import {
  placesHeldText,
  proposedText,
  quotaReachedText,
  quotaTieText,
  tiedAtQuotaText,
} from "./internal/reasonTexts";
import { unmetConditions } from "./internal/unmetConditions";
import { unmetText } from "./internal/unmetWords";

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
 * Returns one nomination per unit, in the order of `units`, with the reason for each award (its
 * words written when first read).
 */
export function nominate(args: NominateArgs): { nominations: Nomination[]; problems: Problem[] } {
  const { units } = args;
  const context = nominationContext(args);
  // Units are handled by their index in `units`, in rank order, ties in the order given.
  const ranked = units.map((_, index) => index).sort(byRank(units));
  const out: Decisions = {
    units,
    reasons: args.profile.awards.map(() => new Array<AwardReason | undefined>(units.length)),
    decided: new Array<string | null | undefined>(units.length),
    problems: [],
  };

  args.profile.awards.forEach((award, awardIndex) => {
    const reasons = out.reasons[awardIndex]!;
    const above = out.reasons[awardIndex - 1];
    const eligible: number[] = [];
    for (let position = 0; position < ranked.length; position++) {
      const index = ranked[position]!;
      if (out.decided[index] !== undefined) continue;
      const unmet = unmetConditions(units[index]!, index, award, context);
      if (unmet === null) eligible.push(index);
      else {
        const message = unmetText(unmet, above?.[index]?.message);
        reasons[index] = { awardId: award.id, outcome: "notEligible", message };
      }
    }
    fillQuota(award, eligible, context, reasons, out);
  });

  const nominations = units.map((unit, index) => ({
    unitId: unit.unitId,
    awardId: out.decided[index] ?? null,
    reasons: reasonsOf(out.reasons, index),
  }));
  return { nominations, problems: out.problems };
}

interface Decisions {
  readonly units: readonly UnitResult[];
  /** Per award, per unit index: why the unit got or did not get it (none once out of the running). */
  readonly reasons: (AwardReason | undefined)[][];
  /** Per unit index: the award proposed; null when left to the chair at a quota tie. */
  readonly decided: (string | null | undefined)[];
  readonly problems: Problem[];
}

function byRank(units: readonly UnitResult[]): (a: number, b: number) => number {
  return (a, b) => units[a]!.rank - units[b]!.rank || a - b;
}

/** The unit's reasons, from the highest award down, in an array of just that length. */
function reasonsOf(byAward: readonly (AwardReason | undefined)[][], index: number): AwardReason[] {
  let count = 0;
  for (const reasons of byAward) if (reasons[index]) count++;
  const own = new Array<AwardReason>(count);
  count = 0;
  for (const reasons of byAward) {
    const reason = reasons[index];
    if (reason) own[count++] = reason;
  }
  return own;
}

/**
 * Gives the award to the eligible units (indices, in rank order), whole tied groups only, and
 * writes each one's reason into `reasons`.
 */
function fillQuota(
  award: AwardRule,
  eligible: readonly number[],
  context: NominationContext,
  reasons: (AwardReason | undefined)[],
  out: Decisions
): void {
  const places = quotaPlaces(award.quota, context.unitCount);
  // The same words for every unit left out, so written once.
  let quotaReached: AwardReason | undefined;
  let placesHeld: AwardReason | undefined;
  let free = places;
  let start = 0;
  while (start < eligible.length) {
    const rank = out.units[eligible[start]!]!.rank;
    let end = start + 1;
    while (end < eligible.length && out.units[eligible[end]!]!.rank === rank) end++;
    // The group is eligible[start…end), read in place: a bloc of thousands has thousands.
    const size = end - start;
    if (placesHeld !== undefined) {
      for (let at = start; at < end; at++) reasons[eligible[at]!] = placesHeld;
    } else if (size <= free) {
      for (let at = start; at < end; at++) {
        const index = eligible[at]!;
        const message = proposedText(out.units[index]!, index, award, context);
        reasons[index] = { awardId: award.id, outcome: "proposed", message };
        out.decided[index] = award.id;
      }
      free -= size;
    } else if (free > 0) {
      const group = eligible.slice(start, end);
      const units = group.map((index) => out.units[index]!);
      for (const index of group) {
        const unit = out.units[index]!;
        const others = units.filter((other) => other !== unit);
        const message = tiedAtQuotaText(unit, others, free);
        reasons[index] = { awardId: award.id, outcome: "tiedAtQuota", message };
        out.decided[index] = null;
      }
      out.problems.push(
        problem("quota.tie", "warning", quotaTieText(award, units, free), {
          unitId: units[0]!.unitId,
        })
      );
      placesHeld = { awardId: award.id, outcome: "quotaReached", message: placesHeldText(rank) };
    } else {
      quotaReached ??= {
        awardId: award.id,
        outcome: "quotaReached",
        message: quotaReachedText(award, places),
      };
      for (let at = start; at < end; at++) reasons[eligible[at]!] = quotaReached;
    }
    start = end;
  }
}
