import { rankBloc, type RankedBloc } from "./internal/rankBloc";
import type {
  AwardHistoryEntry,
  ConditionInput,
  LeaderHistoryEntry,
  UnitInput,
  VoteInput,
} from "./model";
import { blockingReasons, nominate } from "./nomination";
import { hasBlockingProblem, type Problem } from "./problem";
import type { RuleProfile } from "./profile/types";
import type { BlocResult, Nomination, RotationProposal } from "./result";
import { proposeLeader } from "./rotation";
import type { ScoredUnit } from "./scoring";

export interface DecideBlocArgs {
  readonly year: number;
  readonly blocName: string;
  readonly scored: readonly ScoredUnit[];
  readonly unitInputs: readonly UnitInput[];
  readonly votes: readonly VoteInput[];
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
  const ranked = rankBloc(args);
  const nominated = nominateRanked(args, ranked);
  const rotation = proposeRankedLeader(args, ranked);
  const problems = [...ranked.problems, ...nominated.problems, ...rotation.problems];
  return {
    year: args.year,
    blocName: args.blocName,
    units: ranked.units,
    ballots: ranked.ballots,
    nominations: nominated.nominations,
    rotation: rotation.proposal,
    problems,
    blocked: hasBlockingProblem(problems),
  };
}

/**
 * `decideBloc` without the next leader, for THIDUA.NOMINATE: the same nominations and problems
 * (the rotation only ever adds warnings), without working out a proposal nobody reads.
 */
export function decideNominations(
  args: DecideBlocArgs
): Pick<BlocResult, "units" | "ballots" | "nominations" | "problems" | "blocked"> {
  const ranked = rankBloc(args);
  const nominated = nominateRanked(args, ranked);
  const problems = [...ranked.problems, ...nominated.problems];
  return {
    units: ranked.units,
    ballots: ranked.ballots,
    nominations: nominated.nominations,
    problems,
    blocked: hasBlockingProblem(problems),
  };
}

/**
 * `decideBloc` without the nominations, for THIDUA.NEXTLEADER: the same proposal and problems
 * (the nominations only ever add warnings), without writing a reason for every unit and award.
 */
export function decideLeader(
  args: DecideBlocArgs
): Pick<BlocResult, "units" | "rotation" | "problems" | "blocked"> {
  const ranked = rankBloc(args);
  const rotation = proposeRankedLeader(args, ranked);
  const problems = [...ranked.problems, ...rotation.problems];
  return {
    units: ranked.units,
    rotation: rotation.proposal,
    problems,
    blocked: hasBlockingProblem(problems),
  };
}

function nominateRanked(
  args: DecideBlocArgs,
  ranked: RankedBloc
): { nominations: Nomination[]; problems: Problem[] } {
  return nominate({
    year: args.year,
    units: ranked.units,
    ballots: ranked.ballots,
    conditions: args.conditions,
    awardHistory: args.awardHistory,
    profile: args.profile,
  });
}

function proposeRankedLeader(
  args: DecideBlocArgs,
  ranked: RankedBloc
): { proposal: RotationProposal; problems: Problem[] } {
  const conditionOf = new Map(args.conditions.map((condition) => [condition.unitId, condition]));
  const blockedUnitIds = new Set(
    args.unitInputs
      .filter((unit) => blockingReasons(conditionOf.get(unit.id), args.profile.blocking).length > 0)
      .map((unit) => unit.id)
  );
  return proposeLeader({
    year: args.year,
    units: ranked.units,
    unitInputs: args.unitInputs,
    leaderHistory: args.leaderHistory,
    blockedUnitIds,
    rules: args.profile.rotation,
  });
}
