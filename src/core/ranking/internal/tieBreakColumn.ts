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
  // One loop per kind of key, reading its value in place: a function per key called for each
  // unit gives every value back boxed, which a bloc of thousands pays for in garbage.
  switch (key.kind) {
    case "total":
      for (let i = 0; i < column.length; i++) column[i] = comparable(keys.total(i));
      break;
    case "groupScore":
      for (let i = 0; i < column.length; i++)
        column[i] = comparable(keys.groupPoints(i, key.group) ?? 0);
      break;
    case "moreBonus":
      for (let i = 0; i < column.length; i++) column[i] = comparable(keys.bonus(i));
      break;
    case "fewerDeductions":
      for (let i = 0; i < column.length; i++) column[i] = comparable(-keys.deduction(i));
      break;
    case "womenShare": {
      const atLeast = roundScore(key.atLeast);
      for (let i = 0; i < column.length; i++) {
        const share = keys.womenShare(i);
        column[i] = share !== undefined && roundScore(share) >= atLeast ? 1 : 0;
      }
      break;
    }
    case "moreVotes": {
      const awardId = key.awardId ?? defaultVoteAwardId;
      if (awardId === null) break;
      for (let i = 0; i < column.length; i++) column[i] = comparable(keys.votes(i, awardId) ?? 0);
      break;
    }
  }
  return column;
}

/** A key's value rounded by `roundScore`; NaN, the worst, as −∞. */
function comparable(raw: number): number {
  return Number.isNaN(raw) ? -Infinity : roundScore(raw);
}
