import type { TieBreakKey } from "../profile/types";
import { tieBreakColumn, type RankKeys } from "./internal/tieBreakColumn";

export type { RankKeys } from "./internal/tieBreakColumn";

/** What ranking needs to know of a unit. */
export interface RankEntry {
  readonly unitId: string;
  readonly total: number;
  readonly bonus: number;
  /** A positive number (fewer is better). */
  readonly deduction: number;
  readonly groupPoints: Readonly<Record<string, number>>;
  /** Share of women, 0…1; missing counts as not meeting a `womenShare` key. */
  readonly womenShare?: number;
  /** Votes in favour per award id; a missing award counts as 0 votes. */
  readonly votesByAward: Readonly<Record<string, number>>;
}

export interface RankedEntry {
  readonly unitId: string;
  /** 1 + the number of units strictly better. */
  readonly rank: number;
  /** True when another unit is equal to this one on the total and on every tie-break. */
  readonly tied: boolean;
}

/**
 * Competition ranks ("1224"), returned in the order of `entries`. A unit is better than another
 * when its total is higher or, totals equal, at the first tie-break key that differs:
 * `groupScore` higher points in the group (missing = 0), `moreBonus`, `fewerDeductions`,
 * `womenShare` meeting `atLeast` (only whether it is met counts), `moreVotes` more votes for
 * `awardId`, or `defaultVoteAwardId` when the key names none (missing = 0; no award = no effect).
 * Units equal on everything share a rank and are marked `tied`: ties are never broken by name
 * or input order. Numbers are compared after `roundScore` (about 1e-9 of their size), so float
 * noise such as 985.4999999999999 vs 985.5 is a tie; a total that is not a number ranks last.
 * O(n log n).
 */
export function rankUnits(
  entries: readonly RankEntry[],
  tieBreaks: readonly TieBreakKey[],
  defaultVoteAwardId: string | null
): RankedEntry[] {
  const { ranks, tied } = rankByKeys(entryKeys(entries), tieBreaks, defaultVoteAwardId);
  return entries.map((entry, index) => ({
    unitId: entry.unitId,
    rank: ranks[index]!,
    tied: tied[index] === 1,
  }));
}

/** `rankUnits`' ranks, by index, for units read through `RankKeys`: no object per unit. */
export interface RankOrder {
  /** The unit indices from the best down; units of one rank in the order of their indices. */
  readonly order: Int32Array;
  /** Competition rank of each unit. */
  readonly ranks: Int32Array;
  /** 1 when the unit shares its rank after every tie-break, else 0. */
  readonly tied: Uint8Array;
}

/** `rankUnits` over units read through `keys`, for a bloc of thousands of units. */
export function rankByKeys(
  keys: RankKeys,
  tieBreaks: readonly TieBreakKey[],
  defaultVoteAwardId: string | null
): RankOrder {
  // A tie-break that is the same for every unit tells none apart: it is left out of the
  // comparisons, which a sort of thousands of units makes a hundred thousand times.
  const columns = [{ kind: "total" } as const, ...tieBreaks]
    .map((key) => tieBreakColumn(keys, key, defaultVoteAwardId))
    .filter((column, index) => index === 0 || !isConstant(column));
  const totals = columns[0]!;
  const compare = (a: number, b: number): number => {
    const totalA = totals[a]!;
    const totalB = totals[b]!;
    if (totalA !== totalB) return totalA > totalB ? -1 : 1;
    return compareTieBreaks(a, b);
  };
  const compareTieBreaks = (a: number, b: number): number => {
    for (let key = 1; key < columns.length; key++) {
      const column = columns[key]!;
      const valueA = column[a]!;
      const valueB = column[b]!;
      if (valueA !== valueB) return valueA > valueB ? -1 : 1;
    }
    return 0;
  };
  const order = orderByTotal(totals);
  // Units of equal totals are runs of `order`, in index order: the tie-breaks sort each run
  // (equal units by index, so the order does not hang on the sort being stable).
  if (columns.length > 1) {
    let start = 0;
    while (start < order.length) {
      let end = start + 1;
      while (end < order.length && totals[order[end]!] === totals[order[start]!]) end++;
      if (end - start > SMALL_RUN)
        order.subarray(start, end).sort((a, b) => compareTieBreaks(a, b) || a - b);
      else if (end - start > 1) insertionSort(order, start, end, compareTieBreaks);
      start = end;
    }
  }

  const ranks = new Int32Array(keys.count);
  const tied = new Uint8Array(keys.count);
  let start = 0;
  while (start < order.length) {
    let end = start + 1;
    while (end < order.length && compare(order[start]!, order[end]!) === 0) end++;
    for (let position = start; position < end; position++) {
      ranks[order[position]!] = start + 1;
      tied[order[position]!] = end - start > 1 ? 1 : 0;
    }
    start = end;
  }
  return { order, ranks, tied };
}

/**
 * The unit indices by total, highest first, equal totals in index order: a merge sort of the
 * indices that compares the totals in place. It calls no comparison function, which a sort of
 * 10,000 units would call some 130,000 times, and is stable, so equal totals keep index order.
 */
function orderByTotal(totals: Float64Array): Int32Array {
  const count = totals.length;
  let from = new Int32Array(count);
  let to = new Int32Array(count);
  for (let index = 0; index < count; index++) from[index] = index;
  // Runs of `width` sorted indices are merged in pairs, the width doubling each pass.
  for (let width = 1; width < count; width *= 2) {
    for (let start = 0; start < count; start += 2 * width) {
      const middle = Math.min(start + width, count);
      const end = Math.min(start + 2 * width, count);
      let left = start;
      let right = middle;
      let at = start;
      // A unit of the right run goes first only when its total is higher: ties keep their order.
      while (left < middle && right < end) {
        to[at++] = totals[from[right]!]! > totals[from[left]!]! ? from[right++]! : from[left++]!;
      }
      while (left < middle) to[at++] = from[left++]!;
      while (right < end) to[at++] = from[right++]!;
    }
    [from, to] = [to, from];
  }
  return from;
}

/** Longest run of equal totals sorted in place by `insertionSort`. */
const SMALL_RUN = 12;

/**
 * Sorts `order[start…end)` by `compare`, stably. Thousands of units have thousands of short
 * runs of equal totals: sorting each in place costs less than a view and a sort call for each.
 */
function insertionSort(
  order: Int32Array,
  start: number,
  end: number,
  compare: (a: number, b: number) => number
): void {
  for (let next = start + 1; next < end; next++) {
    const unit = order[next]!;
    let place = next;
    while (place > start && compare(order[place - 1]!, unit) > 0) {
      order[place] = order[place - 1]!;
      place--;
    }
    order[place] = unit;
  }
}

function isConstant(column: Float64Array): boolean {
  for (let index = 1; index < column.length; index++) {
    if (column[index] !== column[0]) return false;
  }
  return true;
}

function entryKeys(entries: readonly RankEntry[]): RankKeys {
  return {
    count: entries.length,
    total: (index) => entries[index]!.total,
    bonus: (index) => entries[index]!.bonus,
    deduction: (index) => entries[index]!.deduction,
    groupPoints: (index, group) => entries[index]!.groupPoints[group],
    womenShare: (index) => entries[index]!.womenShare,
    votes: (index, awardId) => entries[index]!.votesByAward[awardId],
  };
}
