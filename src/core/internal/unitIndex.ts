/**
 * Where each scored unit's inputs and votes are kept: at the index of the first scored unit with
 * its id (an id listed twice is an error reported elsewhere; both places then read the same).
 */
export interface UnitIndex {
  readonly indexOf: ReadonlyMap<string, number>;
  /** For each scored unit, the index of the first with its id. */
  readonly first: Int32Array;
}

export function indexUnits(scored: readonly { readonly unitId: string }[]): UnitIndex {
  const indexOf = new Map<string, number>();
  const first = new Int32Array(scored.length);
  for (let at = 0; at < scored.length; at++) {
    const unitId = scored[at]!.unitId;
    const known = indexOf.get(unitId);
    if (known === undefined) indexOf.set(unitId, at);
    first[at] = known ?? at;
  }
  return { indexOf, first };
}
