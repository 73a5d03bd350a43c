/**
 * One list per award id, each `length` long (by unit index), made when the award is first seen.
 * A bloc has a few awards and a list a ballot per unit and award: the lists are found by
 * comparing ids in a short array rather than by a map lookup for every ballot.
 */
export class AwardLists<T> {
  private readonly awardIds: string[] = [];
  private readonly lists: (T | undefined)[][] = [];

  constructor(private readonly length: number) {}

  /** The list of `awardId`, made empty the first time it is asked for. */
  of(awardId: string): (T | undefined)[] {
    const { awardIds } = this;
    for (let index = 0; index < awardIds.length; index++) {
      if (awardIds[index] === awardId) return this.lists[index]!;
    }
    const list = new Array<T | undefined>(this.length);
    awardIds.push(awardId);
    this.lists.push(list);
    return list;
  }

  /** Every list made, in the order the awards were first seen. */
  all(): readonly (T | undefined)[][] {
    return this.lists;
  }

  /** Every list made, by award id, in the order the awards were first seen. */
  addTo(map: Map<string, (T | undefined)[]>): Map<string, (T | undefined)[]> {
    for (let index = 0; index < this.awardIds.length; index++)
      map.set(this.awardIds[index]!, this.lists[index]!);
    return map;
  }
}
