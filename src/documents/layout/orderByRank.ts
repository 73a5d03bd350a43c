import { compareVietnamese } from "../../core/text";
import type { BlocResult } from "../../core/result";

/**
 * Sorts items by their unit's place in the result (rank order); units the result does not hold
 * come last, in Vietnamese name order. Does not mutate the input.
 */
export function orderByRank<T>(
  items: readonly T[],
  unitIdOf: (item: T) => string,
  result: BlocResult,
  name: (unitId: string) => string
): T[] {
  const position = new Map<string, number>();
  result.units.forEach((unit, index) => {
    if (!position.has(unit.unitId)) position.set(unit.unitId, index);
  });
  const place = (item: T) => position.get(unitIdOf(item)) ?? Number.POSITIVE_INFINITY;
  return [...items].sort((a, b) => {
    const difference = place(a) - place(b);
    if (difference !== 0 && !Number.isNaN(difference)) return difference;
    return compareVietnamese(name(unitIdOf(a)), name(unitIdOf(b)));
  });
}
