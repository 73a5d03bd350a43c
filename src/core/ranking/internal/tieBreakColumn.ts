import type { TieBreakKey } from "../../profile/types";
import { roundScore } from "../../scoring/roundScore";
import type { RankEntry } from "../rankUnits";

/**
 * One comparison key for every entry, as a number where higher is better: the key's value,
 * rounded by `roundScore` so float noise compares equal; NaN (a total that is not a number)
 * becomes −∞, the worst.
 */
export function tieBreakColumn(
  entries: readonly RankEntry[],
  key: TieBreakKey | { readonly kind: "total" },
  defaultVoteAwardId: string | null
): Float64Array {
  const column = new Float64Array(entries.length);
  const value = keyValue(key, defaultVoteAwardId);
  for (let i = 0; i < entries.length; i++) {
    const raw = value(entries[i]!);
    column[i] = Number.isNaN(raw) ? -Infinity : roundScore(raw);
  }
  return column;
}

function keyValue(
  key: TieBreakKey | { readonly kind: "total" },
  defaultVoteAwardId: string | null
): (entry: RankEntry) => number {
  switch (key.kind) {
    case "total":
      return (entry) => entry.total;
    case "groupScore":
      return (entry) => entry.groupPoints[key.group] ?? 0;
    case "moreBonus":
      return (entry) => entry.bonus;
    case "fewerDeductions":
      return (entry) => -entry.deduction;
    case "womenShare": {
      const atLeast = roundScore(key.atLeast);
      return (entry) =>
        entry.womenShare !== undefined && roundScore(entry.womenShare) >= atLeast ? 1 : 0;
    }
    case "moreVotes": {
      const awardId = key.awardId ?? defaultVoteAwardId;
      if (awardId === null) return () => 0;
      return (entry) => entry.votesByAward[awardId] ?? 0;
    }
  }
}
