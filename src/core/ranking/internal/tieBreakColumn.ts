import type { TieBreakKey } from "../../profile/types";
import { roundScore } from "../../scoring/roundScore";

/**
 * What the comparison keys are read from, unit by unit (by index): `RankEntry` objects, or the
 * scored units of a bloc without an entry made for each.
 */
export interface RankKeys {
  readonly count: number;
  total(index: number): number;
  bonus(index: number): number;
  /** A positive number (fewer is better). */
  deduction(index: number): number;
  /** Points in a content group; undefined when the unit has none. */
  groupPoints(index: number, group: string): number | undefined;
  /** Share of women, 0…1; undefined when not known. */
  womenShare(index: number): number | undefined;
  /** Votes in favour for an award; undefined when none were recorded. */
  votes(index: number, awardId: string): number | undefined;
}

/**
 * One comparison key for every unit, as a number where higher is better: the key's value,
 * rounded by `roundScore` so float noise compares equal; NaN (a total that is not a number)
 * becomes −∞, the worst.
 */
export function tieBreakColumn(
  keys: RankKeys,
  key: TieBreakKey | { readonly kind: "total" },
  defaultVoteAwardId: string | null
): Float64Array {
  const column = new Float64Array(keys.count);
  const value = keyValue(keys, key, defaultVoteAwardId);
  for (let i = 0; i < column.length; i++) {
    const raw = value(i);
    column[i] = Number.isNaN(raw) ? -Infinity : roundScore(raw);
  }
  return column;
}

function keyValue(
  keys: RankKeys,
  key: TieBreakKey | { readonly kind: "total" },
  defaultVoteAwardId: string | null
): (index: number) => number {
  switch (key.kind) {
    case "total":
      return (index) => keys.total(index);
    case "groupScore":
      return (index) => keys.groupPoints(index, key.group) ?? 0;
    case "moreBonus":
      return (index) => keys.bonus(index);
    case "fewerDeductions":
      return (index) => -keys.deduction(index);
    case "womenShare": {
      const atLeast = roundScore(key.atLeast);
      return (index) => {
        const share = keys.womenShare(index);
        return share !== undefined && roundScore(share) >= atLeast ? 1 : 0;
      };
    }
    case "moreVotes": {
      const awardId = key.awardId ?? defaultVoteAwardId;
      if (awardId === null) return () => 0;
      return (index) => keys.votes(index, awardId) ?? 0;
    }
  }
}
