import type { AwardHistoryEntry, ConditionInput } from "../model";
import { problem, type Problem } from "../problem";
import type { AwardRule, RuleProfile } from "../profile/types";
import type { AwardReason, BallotOutcome, Nomination, UnitResult } from "../result";
import { joinReasons } from "../text/joinReasons";
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

export interface NominateArgs {
  readonly year: number;
  /** Ranked and graded units (rank, tied, grade and total already set). */
  readonly units: readonly UnitResult[];
  readonly ballots: readonly BallotOutcome[];
  readonly conditions: readonly ConditionInput[];
  readonly awardHistory: readonly AwardHistoryEntry[];
  readonly profile: RuleProfile;
}

interface Candidate {
  readonly index: number;
  readonly unit: UnitResult;
}

/**
 * Proposes at most one award per unit (Law 06/2022 Art. 5), from the highest award down. For each
 * award the units not yet proposed are taken in rank order; the eligible ones fill the quota. A
 * group of units tied on rank that does not fit in the places left gets none of them: the chair
 * decides (a `quota.tie` warning), and those units are not considered for lower awards.
 * Returns one nomination per unit, in the order of `units`, with the reason for each award.
 */
export function nominate(args: NominateArgs): { nominations: Nomination[]; problems: Problem[] } {
  const context = nominationContext({ ...args, unitCount: args.units.length });
  const problems: Problem[] = [];
  const reasons: AwardReason[][] = args.units.map(() => []);
  /** Award id for a proposed unit; null for a unit left to the chair at a quota tie. */
  const decided = new Map<number, string | null>();
  const ranked: Candidate[] = args.units
    .map((unit, index) => ({ unit, index }))
    .sort((a, b) => a.unit.rank - b.unit.rank || a.index - b.index);

  for (const award of args.profile.awards) {
    const candidates = ranked.filter((candidate) => !decided.has(candidate.index));
    const eligible: Candidate[] = [];
    for (const candidate of candidates) {
      const unmet = unmetConditions(candidate.unit, award, context);
      if (unmet.length === 0) eligible.push(candidate);
      else
        reasons[candidate.index]!.push({
          awardId: award.id,
          outcome: "notEligible",
          message: joinReasons(unmet),
        });
    }
    fillQuota(award, eligible, context, { reasons, decided, problems });
  }

  const nominations = args.units.map((unit, index) => ({
    unitId: unit.unitId,
    awardId: decided.get(index) ?? null,
    reasons: reasons[index]!,
  }));
  return { nominations, problems };
}

interface Decisions {
  readonly reasons: AwardReason[][];
  readonly decided: Map<number, string | null>;
  readonly problems: Problem[];
}

/** Gives the award to eligible candidates in rank order, whole tied groups only. */
function fillQuota(
  award: AwardRule,
  eligible: readonly Candidate[],
  context: NominationContext,
  out: Decisions
): void {
  const places = quotaPlaces(award.quota, context.unitCount);
  let free = places;
  let heldForRank: number | null = null;
  for (const group of groupByRank(eligible)) {
    const rank = group[0]!.unit.rank;
    if (heldForRank !== null) {
      for (const { index } of group) {
        out.reasons[index]!.push({
          awardId: award.id,
          outcome: "quotaReached",
          message: placesHeldText(heldForRank),
        });
      }
    } else if (group.length <= free) {
      for (const { index, unit } of group) {
        out.reasons[index]!.push({
          awardId: award.id,
          outcome: "proposed",
          message: proposedText(unit, award, context),
        });
        out.decided.set(index, award.id);
      }
      free -= group.length;
    } else if (free > 0) {
      const units = group.map((candidate) => candidate.unit);
      for (const { index, unit } of group) {
        const others = units.filter((other) => other !== unit);
        out.reasons[index]!.push({
          awardId: award.id,
          outcome: "tiedAtQuota",
          message: tiedAtQuotaText(unit, others, free),
        });
        out.decided.set(index, null);
      }
      out.problems.push(
        problem("quota.tie", "warning", quotaTieText(award, units, free), {
          unitId: units[0]!.unitId,
        })
      );
      heldForRank = rank;
    } else {
      for (const { index } of group) {
        out.reasons[index]!.push({
          awardId: award.id,
          outcome: "quotaReached",
          message: quotaReachedText(award, places),
        });
      }
    }
  }
}

function groupByRank(candidates: readonly Candidate[]): Candidate[][] {
  const groups: Candidate[][] = [];
  for (const candidate of candidates) {
    const last = groups[groups.length - 1];
    if (last && last[0]!.unit.rank === candidate.unit.rank) last.push(candidate);
    else groups.push([candidate]);
  }
  return groups;
}
