import type { DecideBlocArgs } from "../decideBloc";
import { DeferredText } from "../deferredText";
import type { Language } from "../localized";
import { problem, type Problem } from "../problem";
import { rankByKeys, type RankKeys } from "../ranking";
import type { BallotCount, BallotOutcome, UnitResult } from "../result";
import type { GradeId } from "../profile/types";
import type { ScoredUnit } from "../scoring";
import { compareVietnamese, vietnameseComparator } from "../text";
import { countBlocBallots, type BlocBallots } from "./blocBallots";
import { indexUnits, type UnitIndex } from "./unitIndex";

/** What both the nominations and the next leader are decided from. */
export interface RankedBloc {
  /** Every ballot counted (see `BlocBallots.list`); empty unless asked for. */
  readonly ballots: BallotOutcome[];
  /** In rank order; tied units by name when asked for, else in the order they were given. */
  readonly units: UnitResult[];
  /** For each of `units`, its index in the scored units. */
  readonly order: Int32Array;
  /** Per award (profile order): the first ballot counted on each of `units`, by its index there. */
  readonly ballotsByAward: (BallotCount | undefined)[][];
  /** The ballots' problems, then, when asked for, one `rank.tie` warning per tied group. */
  readonly problems: Problem[];
}

/** What to work out besides the ranks, for those who read it. */
export interface RankOptions {
  /** The list of every ballot outcome, for the ballot results. */
  readonly listBallots: boolean;
  /** Tied units in Vietnamese name order, for lists that show them. */
  readonly sortTies: boolean;
  /** A `rank.tie` warning for each tied group. */
  readonly warnTies: boolean;
}

/** Counts the ballots and ranks the units by total and the profile's tie-breaks. */
export function rankBloc(args: DecideBlocArgs, options: RankOptions): RankedBloc {
  const problems: Problem[] = [];
  // The index of thousands of ids is made only when there are votes or shares of women to place.
  let index: UnitIndex | undefined;
  const unitIndex = () => (index ??= indexUnits(args.scored));
  const ballots = countBlocBallots(args, options.listBallots, unitIndex, problems);
  const { order, units } = rankScoredUnits(args, ballots, unitIndex, options.sortTies);
  if (options.warnTies) problems.push(...tieProblems(units));
  return {
    ballots: ballots.list,
    units,
    order,
    ballotsByAward: ballots.byAward.map((byUnit) => {
      const ranked = new Array<BallotCount | undefined>(order.length);
      for (let position = 0; position < order.length; position++)
        ranked[position] = byUnit[order[position]!];
      return ranked;
    }),
    problems,
  };
}

/**
 * Ranks by total and the profile's tie-breaks: the units in rank order (tied units by name when
 * `sortTies`), and the index in `scored` of each.
 */
function rankScoredUnits(
  args: DecideBlocArgs,
  ballots: BlocBallots,
  unitIndex: () => UnitIndex,
  sortTies: boolean
): { order: Int32Array; units: UnitResult[] } {
  const { scored } = args;
  const { order, ranks, tied } = rankByKeys(
    scoredKeys(args, ballots, unitIndex),
    args.profile.ranking.tieBreaks,
    args.profile.awards[0]?.id ?? null
  );
  // The ranking's order keeps the units of a rank in input order: only the tied groups are
  // then sorted, by name (stably), rather than every unit again.
  const nameAt = (at: number) => scored[at]!.name;
  let compareNames: ((a: string, b: string) => number) | undefined;
  let start = sortTies ? 0 : order.length;
  while (start < order.length) {
    let end = start + 1;
    while (end < order.length && ranks[order[end]!] === ranks[order[start]!]) end++;
    // Most tied groups are small: their names are compared as they come, with nothing kept;
    // a large group normalises each name once.
    if (end - start > SMALL_GROUP)
      sortByName(order, start, end, nameAt, (compareNames ??= vietnameseComparator()));
    else if (end - start > 1) sortByName(order, start, end, nameAt, compareVietnamese);
    start = end;
  }
  return { order, units: rankedUnits(scored, order, ranks, tied) };
}

/**
 * The scored units in `order`, with their ranks. A function of its own, the result made by the
 * caller: V8 compiles a long loop while it runs, before the code after it has ever run, and
 * that code would then throw the compiled loop away at each call.
 */
function rankedUnits(
  scored: readonly ScoredUnit[],
  order: Int32Array,
  ranks: Int32Array,
  tied: Uint8Array
): UnitResult[] {
  const units = new Array<UnitResult>(order.length);
  for (let position = 0; position < order.length; position++) {
    const at = order[position]!;
    units[position] = new RankedUnit(scored[at]!, ranks[at]!, tied[at] === 1);
  }
  return units;
}

/** Largest group sorted in place; a larger one is copied out and sorted by `Array.prototype.sort`. */
const SMALL_GROUP = 12;

/**
 * Sorts `order[start…end)` (unit indices) by the units' names, stably. A bloc of thousands has
 * thousands of small tied groups: an insertion sort in place costs less for them than a sort
 * call each.
 */
function sortByName(
  order: Int32Array,
  start: number,
  end: number,
  nameAt: (at: number) => string,
  compareNames: (a: string, b: string) => number
): void {
  if (end - start > SMALL_GROUP) {
    const group = Array.from(order.subarray(start, end)).sort(
      (a, b) => compareNames(nameAt(a), nameAt(b)) || a - b
    );
    order.set(group, start);
    return;
  }
  for (let next = start + 1; next < end; next++) {
    const at = order[next]!;
    let place = next;
    while (place > start && compareNames(nameAt(order[place - 1]!), nameAt(at)) > 0) {
      order[place] = order[place - 1]!;
      place--;
    }
    order[place] = at;
  }
}

/**
 * The scored units' comparison keys, read in place: the shares of women (from the unit inputs)
 * by unit index, looked up once for the whole bloc and only when there are some; the votes from
 * the ballots counted.
 */
function scoredKeys(
  args: DecideBlocArgs,
  ballots: BlocBallots,
  unitIndex: () => UnitIndex
): RankKeys {
  const { scored } = args;
  let shares: (number | undefined)[] | undefined;
  const sharesOf = () => (shares ??= womenShares(args, unitIndex));
  return {
    count: scored.length,
    total: (at) => scored[at]!.total,
    bonus: (at) => scored[at]!.bonus,
    deduction: (at) => scored[at]!.deduction,
    groupPoints: (at, group) => scored[at]!.groupPoints[group],
    womenShare: (at) => {
      const known = sharesOf();
      return known.length === 0 ? undefined : known[unitIndex().first[at]!];
    },
    votes: (at, awardId) => ballots.inFavour.get(awardId)?.[at],
  };
}

/** Each unit's share of women by unit index, the last input of an id counting; empty when none is known. */
function womenShares(args: DecideBlocArgs, unitIndex: () => UnitIndex): (number | undefined)[] {
  const { scored, unitInputs } = args;
  if (!unitInputs.some((unit) => unit.womenShare !== undefined)) return [];
  const { indexOf, first } = unitIndex();
  const shares = new Array<number | undefined>(scored.length);
  for (let position = 0; position < unitInputs.length; position++) {
    const unit = unitInputs[position]!;
    // Inputs usually come in the order of the scored units: then the index is at hand.
    const at = scored[position]?.unitId === unit.id ? first[position] : indexOf.get(unit.id);
    if (at !== undefined) shares[at] = unit.womenShare;
  }
  return shares;
}

/**
 * A scored unit with its rank. A class, not an object literal: V8 makes the objects of a literal
 * that outlive collections straight in the old generation, where the 10,000 units of a
 * THIDUA.NOMINATE call add megabytes at every call; as a class they take a third less garbage
 * collection time per call (measured). Written field by field: V8 builds
 * `{ ...unit, rank, tied }` a hundred times slower.
 */
class RankedUnit implements UnitResult {
  readonly unitId: string;
  readonly name: string;
  readonly selfPoints: number | null;
  readonly blocPoints: number | null;
  readonly points: number;
  readonly bonus: number;
  readonly deduction: number;
  readonly total: number;
  readonly groupPoints: Readonly<Record<string, number>>;
  readonly grade: GradeId;
  readonly rank: number;
  readonly tied: boolean;

  constructor(unit: ScoredUnit, rank: number, tied: boolean) {
    this.unitId = unit.unitId;
    this.name = unit.name;
    this.selfPoints = unit.selfPoints;
    this.blocPoints = unit.blocPoints;
    this.points = unit.points;
    this.bonus = unit.bonus;
    this.deduction = unit.deduction;
    this.total = unit.total;
    this.groupPoints = unit.groupPoints;
    this.grade = unit.grade;
    this.rank = rank;
    this.tied = tied;
  }
}

/**
 * One warning per group of units that share a rank after every tie-break. The units are in rank
 * order, so each group is a run of them (a rank is held by one unit, or by tied units only).
 */
function tieProblems(units: readonly UnitResult[]): Problem[] {
  const problems: Problem[] = [];
  let start = 0;
  while (start < units.length) {
    const first = units[start]!;
    let end = start + 1;
    while (end < units.length && units[end]!.rank === first.rank) end++;
    if (first.tied) {
      const message = new TieText(first.rank, units.slice(start, end));
      problems.push(problem("rank.tie", "warning", message, { unitId: first.unitId }));
    }
    start = end;
  }
  return problems;
}

/** Worded when read: a list of thousands of units has thousands of ties nobody reads. */
class TieText extends DeferredText {
  constructor(
    private readonly rank: number,
    private readonly tied: readonly UnitResult[]
  ) {
    super();
  }

  protected override write(language: Language): string {
    const names = this.tied.map((unit) => unit.name).join(", ");
    return language === "vi"
      ? `Đồng hạng ${this.rank} sau mọi tiêu chí phụ: ${names}. Chủ trì hội nghị quyết định.`
      : `Tied for rank ${this.rank} after every tie-break: ${names}. The chair decides.`;
  }
}
