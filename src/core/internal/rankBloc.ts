import { countBallot } from "../ballot";
import { AwardLists } from "./awardLists";
import type { DecideBlocArgs } from "../decideBloc";
import { DeferredText } from "../deferredText";
import type { Language } from "../localized";
import type { VoteInput } from "../model";
import { problem, type Problem } from "../problem";
import type { RuleProfile } from "../profile/types";
import { rankByKeys, type RankKeys } from "../ranking";
import type { BallotOutcome, UnitResult } from "../result";
import type { ScoredUnit } from "../scoring";
import { compareVietnamese, vietnameseComparator } from "../text";

/** What both the nominations and the next leader are decided from. */
export interface RankedBloc {
  readonly ballots: BallotOutcome[];
  /** In rank order, tied units by name. */
  readonly units: UnitResult[];
  /** The ballots' problems, then one `rank.tie` warning per tied group. */
  readonly problems: Problem[];
}

/** Counts the ballots and ranks the units by total and the profile's tie-breaks. */
export function rankBloc(args: DecideBlocArgs): RankedBloc {
  const { profile } = args;
  const problems: Problem[] = [];
  // A list may hold a ballot per unit and award, tens of thousands: a plain loop, no closure.
  const ballots = new Array<BallotOutcome>(args.votes.length);
  for (let index = 0; index < args.votes.length; index++) {
    const vote = args.votes[index]!;
    ballots[index] = countBallot(
      vote,
      profile.ballot,
      thresholdOf(profile, vote.awardId),
      problems
    );
  }
  const units = rankScoredUnits(args);
  problems.push(...tieProblems(units));
  return { ballots, units, problems };
}

/** The award's vote threshold, else the profile's. */
function thresholdOf(profile: RuleProfile, awardId: string): number {
  for (const award of profile.awards) {
    if (award.id === awardId) return award.voteThreshold ?? profile.ballot.threshold;
  }
  return profile.ballot.threshold;
}

/** Ranks by total and the profile's tie-breaks; lists in rank order, tied units by name. */
function rankScoredUnits(args: DecideBlocArgs): UnitResult[] {
  const { scored } = args;
  const { order, ranks, tied } = rankByKeys(
    scoredKeys(args),
    args.profile.ranking.tieBreaks,
    args.profile.awards[0]?.id ?? null
  );
  // Listed in the ranking's order, which keeps the units of a rank in input order: only the
  // tied groups are then sorted, by name (stably), rather than every unit again.
  const units = new Array<UnitResult>(scored.length);
  for (let position = 0; position < scored.length; position++) {
    const index = order[position]!;
    units[position] = withRank(scored[index]!, ranks[index]!, tied[index] === 1);
  }
  let compareNames: ((a: string, b: string) => number) | undefined;
  let start = 0;
  while (start < units.length) {
    let end = start + 1;
    while (end < units.length && units[end]!.rank === units[start]!.rank) end++;
    // Most tied groups are small: their names are compared as they come, with nothing kept;
    // a large group normalises each name once.
    if (end - start > SMALL_GROUP)
      sortByName(units, start, end, (compareNames ??= vietnameseComparator()));
    else if (end - start > 1) sortByName(units, start, end, compareVietnamese);
    start = end;
  }
  return units;
}

/** Largest group sorted in place; a larger one is copied out and sorted by `Array.prototype.sort`. */
const SMALL_GROUP = 12;

/**
 * Sorts `units[start…end)` by name, stably. A bloc of thousands has thousands of small tied
 * groups: an insertion sort in place costs less for them than a sort call each.
 */
function sortByName(
  units: UnitResult[],
  start: number,
  end: number,
  compareNames: (a: string, b: string) => number
): void {
  if (end - start > SMALL_GROUP) {
    const group = units.slice(start, end).sort((a, b) => compareNames(a.name, b.name));
    for (let offset = 0; offset < group.length; offset++) units[start + offset] = group[offset]!;
    return;
  }
  for (let next = start + 1; next < end; next++) {
    const unit = units[next]!;
    let place = next;
    while (place > start && compareNames(units[place - 1]!.name, unit.name) > 0) {
      units[place] = units[place - 1]!;
      place--;
    }
    units[place] = unit;
  }
}

/**
 * The scored units' comparison keys, read in place: the shares of women (from the unit inputs)
 * and the votes are found by unit index, looked up once for the whole bloc, and only when there
 * are some (the index of thousands of ids is not made for nothing).
 */
function scoredKeys(args: DecideBlocArgs): RankKeys {
  const { scored } = args;
  let index: UnitIndex | undefined;
  const unitIndex = () => (index ??= indexUnits(scored));
  let shares: (number | undefined)[] | undefined;
  const sharesOf = () => (shares ??= womenShares(args, unitIndex));
  let votes: Map<string, (number | undefined)[]> | undefined;
  const votesFor = (awardId: string): (number | undefined)[] => {
    votes ??= args.votes.length === 0 ? new Map() : votesByAward(args.votes, unitIndex());
    return votes.get(awardId) ?? [];
  };
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
    votes: (at, awardId) => {
      const known = votesFor(awardId);
      return known.length === 0 ? undefined : known[unitIndex().first[at]!];
    },
  };
}

/**
 * Where each scored unit's inputs and votes are kept: at the index of the first scored unit with
 * its id (an id listed twice is an error reported elsewhere; both places then read the same).
 */
interface UnitIndex {
  readonly indexOf: ReadonlyMap<string, number>;
  /** For each scored unit, the index of the first with its id. */
  readonly first: Int32Array;
}

function indexUnits(scored: readonly ScoredUnit[]): UnitIndex {
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
 * The scored unit with its rank. Written out field by field: V8 builds `{ ...unit, rank, tied }`
 * a hundred times slower, which showed at 10,000 units.
 */
function withRank(unit: ScoredUnit, rank: number, tied: boolean): UnitResult {
  return {
    unitId: unit.unitId,
    name: unit.name,
    selfPoints: unit.selfPoints,
    blocPoints: unit.blocPoints,
    points: unit.points,
    bonus: unit.bonus,
    deduction: unit.deduction,
    total: unit.total,
    groupPoints: unit.groupPoints,
    grade: unit.grade,
    rank,
    tied,
  };
}

/** Votes in favour per award, by unit index; the last vote of a unit and award counts. */
function votesByAward(
  votes: readonly VoteInput[],
  { indexOf, first }: UnitIndex
): Map<string, (number | undefined)[]> {
  // A unit's votes usually come together, one per award: its index is looked up once for them.
  let lastUnitId: string | undefined;
  let index: number | undefined;
  const lists = new AwardLists<number>(first.length);
  for (const vote of votes) {
    if (vote.unitId !== lastUnitId) {
      lastUnitId = vote.unitId;
      index = indexOf.get(vote.unitId);
    }
    if (index === undefined) continue;
    lists.of(vote.awardId)[index] = vote.inFavour;
  }
  return lists.addTo(new Map());
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
