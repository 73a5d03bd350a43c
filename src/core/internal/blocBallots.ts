import { ballotOutcome, countVote } from "../ballot";
import type { DecideBlocArgs } from "../decideBloc";
import type { UnitBallot, VoteInput } from "../model";
import type { Problem } from "../problem";
import type { RuleProfile } from "../profile/types";
import type { BallotCount, BallotOutcome } from "../result";
import { awardIndexOf } from "./awardIndexOf";
import { AwardLists } from "./awardLists";
import type { UnitIndex } from "./unitIndex";

/** A bloc's ballots, each counted once, by scored unit (its index in `scored`). */
export interface BlocBallots {
  /**
   * Every ballot, one per vote, then one per unit ballot and voted award, in their order; empty
   * unless asked for (a list of thousands of units need not make an outcome per award).
   */
  readonly list: BallotOutcome[];
  /** Per award (profile order), per scored unit: the first ballot counted on it. */
  readonly byAward: (BallotCount | undefined)[][];
  /** Per award id, per scored unit: the votes in favour of the last ballot, as given. */
  readonly inFavour: ReadonlyMap<string, readonly (number | undefined)[]>;
}

/**
 * Counts the bloc's votes (by unit id and award) and unit ballots (by position, each standing
 * for every award with a vote threshold, as if it were a vote on each of them listed after
 * `votes`), adding their problems to `problems`. A unit listed twice sees the ballots of its id
 * at both places. `unitIndex` is asked for only when there are votes to place.
 */
export function countBlocBallots(
  args: DecideBlocArgs,
  listed: boolean,
  unitIndex: () => UnitIndex,
  problems: Problem[]
): BlocBallots {
  const { profile, scored } = args;
  const list: BallotOutcome[] = [];
  const byAward = profile.awards.map(() => new Array<BallotCount | undefined>(scored.length));
  const inFavour = new AwardLists<number>(scored.length);
  if (args.votes.length > 0) {
    countVotes(args.votes, profile, listed, unitIndex(), problems, { list, byAward, inFavour });
  }
  const { unitBallots } = args;
  if (unitBallots !== undefined) {
    const into = { list, byAward, inFavour };
    countUnitBallots(unitBallots, scored.length, profile, listed, problems, into);
  }
  return { list, byAward, inFavour: inFavour.addTo(new Map()) };
}

/**
 * Counts the ballots of the first `unitCount` units (see `DecideBlocArgs.unitBallots`) into
 * `into`. A function of its own: V8 compiles a long loop while it runs, before the code after
 * it has ever run, and that code would then throw the compiled loop away at each call.
 */
function countUnitBallots(
  unitBallots: readonly (UnitBallot | undefined)[],
  unitCount: number,
  profile: RuleProfile,
  listed: boolean,
  problems: Problem[],
  into: Counted
): void {
  // Each award put to the vote, with its lists: found once, not for each unit.
  const voted = profile.awards.flatMap((award, index) =>
    award.voteThreshold === null
      ? []
      : [{ award, firsts: into.byAward[index]!, inFavour: into.inFavour.of(award.id) }]
  );
  // Thousands of units share a few counts (a bloc has tens of members): a plain ballot that
  // raised no problem is counted once for its numbers, and the units share its count.
  const counted = new Map<number, BallotCount>();
  // One plain loop: a sheet of THIDUA.NOMINATE holds a ballot for each of thousands of units.
  for (let at = 0; at < unitCount; at++) {
    const ballot = unitBallots[at];
    if (ballot === undefined) continue;
    const key = plainCountKey(ballot);
    let count = key === undefined ? undefined : counted.get(key);
    if (count === undefined) {
      const reported = problems.length;
      count = countVote(ballot, profile.ballot, problems);
      if (key !== undefined && problems.length === reported) counted.set(key, count);
    }
    for (let index = 0; index < voted.length; index++) {
      const { award, firsts, inFavour } = voted[index]!;
      let shown: BallotCount = count;
      if (listed) {
        const outcome = ballotOutcome(
          ballot,
          award.id,
          count,
          profile.ballot,
          award.voteThreshold!
        );
        into.list.push(outcome);
        shown = outcome;
      }
      firsts[at] ??= shown;
      inFavour[at] = ballot.inFavour;
    }
  }
}

/** Counts below this are keyed as one number (see `plainCountKey`). */
const KEY_LIMIT = 1 << 15;

/**
 * One number for a ballot given only as whole votes in favour, members present and members in
 * total, each below `KEY_LIMIT`: its count follows from those three alone. Undefined for any
 * other ballot, which is counted on its own.
 */
function plainCountKey(ballot: UnitBallot): number | undefined {
  const { inFavour, membersPresent, membersTotal } = ballot;
  if (ballot.ballotsIssued !== undefined || ballot.ballotsValid !== undefined) return undefined;
  if (!(isKeyCount(inFavour) && isKeyCount(membersPresent) && isKeyCount(membersTotal)))
    return undefined;
  return (inFavour * KEY_LIMIT + membersPresent) * KEY_LIMIT + membersTotal;
}

function isKeyCount(value: number | undefined): value is number {
  return Number.isInteger(value) && value! >= 0 && value! < KEY_LIMIT;
}

interface Counted {
  readonly list: BallotOutcome[];
  readonly byAward: (BallotCount | undefined)[][];
  readonly inFavour: AwardLists<number>;
}

function countVotes(
  votes: readonly VoteInput[],
  profile: RuleProfile,
  listed: boolean,
  { indexOf, first }: UnitIndex,
  problems: Problem[],
  into: Counted
): void {
  // A unit's votes usually come together, one per award: its index is looked up once for them.
  let lastUnitId: string | undefined;
  let at: number | undefined;
  for (const vote of votes) {
    const awardIndex = awardIndexOf(profile, vote.awardId);
    const count = countVote(vote, profile.ballot, problems);
    let counted: BallotCount = count;
    if (listed) {
      const threshold = profile.awards[awardIndex]?.voteThreshold ?? profile.ballot.threshold;
      const outcome = ballotOutcome(vote, vote.awardId, count, profile.ballot, threshold);
      into.list.push(outcome);
      counted = outcome;
    }
    if (vote.unitId !== lastUnitId) {
      lastUnitId = vote.unitId;
      at = indexOf.get(vote.unitId);
    }
    if (at === undefined) continue;
    if (awardIndex >= 0) into.byAward[awardIndex]![at] ??= counted;
    into.inFavour.of(vote.awardId)[at] = vote.inFavour;
  }
  // A unit id listed twice reads what its first place holds.
  for (let index = 0; index < first.length; index++) {
    const at = first[index]!;
    if (at === index) continue;
    for (const byUnit of into.byAward) byUnit[index] = byUnit[at];
  }
  for (const byUnit of into.inFavour.all()) {
    for (let index = 0; index < first.length; index++) byUnit[index] = byUnit[first[index]!];
  }
}
