import { rankBloc, type RankedBloc } from "./internal/rankBloc";
import type {
  AwardHistoryEntry,
  ConditionInput,
  LeaderHistoryEntry,
  UnitBallot,
  UnitInput,
  VoteInput,
} from "./model";
import {
  blockedUnitIds,
  decideAwardsWithBallots,
  nominationsOf,
  type AwardDecisions,
} from "./nomination";
import { hasBlockingProblem, type Problem } from "./problem";
import type { RuleProfile } from "./profile/types";
import type { BlocResult, RotationProposal } from "./result";
import { proposeLeader } from "./rotation";
import type { ScoredUnit } from "./scoring";

export interface DecideBlocArgs {
  readonly year: number;
  readonly blocName: string;
  readonly scored: readonly ScoredUnit[];
  readonly unitInputs: readonly UnitInput[];
  readonly votes: readonly VoteInput[];
  /**
   * Ballots by position: `unitBallots[i]`, when given, is the one ballot on `scored[i]`, standing
   * for every award put to the vote (THIDUA.NOMINATE's one column of votes), as if it were a
   * vote on each of those awards listed after `votes`.
   */
  readonly unitBallots?: readonly (UnitBallot | undefined)[];
  readonly conditions: readonly ConditionInput[];
  readonly awardHistory: readonly AwardHistoryEntry[];
  readonly leaderHistory: readonly LeaderHistoryEntry[];
  readonly profile: RuleProfile;
}

/**
 * Every decision from scored units: ballots, ranks with tie-breaks, grades, nominations and the
 * next leader. The task pane, the command line and the THIDUA.* functions all come through here
 * (or through `decideNominations` and `decideLeader`, its two halves), so each rule is applied in
 * one place.
 */
export function decideBloc(args: DecideBlocArgs): BlocResult {
  const ranked = rankBloc(args, { listBallots: true, sortTies: true, warnTies: true });
  const awards = decideRankedAwards(args, ranked);
  const rotation = proposeRankedLeader(args, ranked, { listAlternatives: true });
  const problems = [...ranked.problems, ...awards.problems, ...rotation.problems];
  return {
    year: args.year,
    blocName: args.blocName,
    units: ranked.units,
    ballots: ranked.ballots,
    nominations: nominationsOf(awards),
    rotation: rotation.proposal,
    problems,
    blocked: hasBlockingProblem(problems),
  };
}

/**
 * `decideBloc`'s nominations for THIDUA.NOMINATE, as columns (`nominationsOf(awards)` lists
 * `decideBloc`'s `nominations`; `awards.units[k]` is `scored[order[k]]`), with the problems that
 * block them (the same errors). What a cell does not show is not worked out: the next leader,
 * the list of ballots, the warnings, the name order of tied units.
 */
export function decideNominations(args: DecideBlocArgs): {
  readonly order: Int32Array;
  readonly awards: AwardDecisions;
  /** The errors, each of which blocks the decisions. */
  readonly problems: readonly Problem[];
  readonly blocked: boolean;
} {
  const ranked = rankBloc(args, { listBallots: false, sortTies: false, warnTies: false });
  const awards = decideRankedAwards(args, ranked);
  const problems = [...ranked.problems, ...awards.problems].filter(
    (problem) => problem.severity === "error"
  );
  return { order: ranked.order, awards, problems, blocked: problems.length > 0 };
}

/**
 * `decideBloc`'s next leader for THIDUA.NEXTLEADER: the same proposal without the alternatives
 * (`alternatives` is empty), with the problems that block it (the same errors). What a cell
 * does not show is not worked out: the nominations, the list of ballots, the warnings, the
 * name order of tied units other than those the proposal names.
 */
export function decideLeader(args: DecideBlocArgs): {
  readonly rotation: RotationProposal;
  /** The errors, each of which blocks the proposal. */
  readonly problems: readonly Problem[];
  readonly blocked: boolean;
} {
  const ranked = rankBloc(args, { listBallots: false, sortTies: false, warnTies: false });
  const rotation = proposeRankedLeader(args, ranked, { listAlternatives: false });
  const problems = [...ranked.problems, ...rotation.problems].filter(
    (problem) => problem.severity === "error"
  );
  return { rotation: rotation.proposal, problems, blocked: problems.length > 0 };
}

function decideRankedAwards(args: DecideBlocArgs, ranked: RankedBloc): AwardDecisions {
  return decideAwardsWithBallots(
    {
      year: args.year,
      units: ranked.units,
      conditions: args.conditions,
      awardHistory: args.awardHistory,
      profile: args.profile,
    },
    ranked.ballotsByAward
  );
}

function proposeRankedLeader(
  args: DecideBlocArgs,
  ranked: RankedBloc,
  { listAlternatives }: { readonly listAlternatives: boolean }
): { proposal: RotationProposal; problems: Problem[] } {
  return proposeLeader({
    year: args.year,
    units: ranked.units,
    unitInputs: args.unitInputs,
    leaderHistory: args.leaderHistory,
    blockedUnitIds: blockedUnitIds(args.conditions, args.profile.blocking),
    rules: args.profile.rotation,
    listAlternatives,
  });
}
