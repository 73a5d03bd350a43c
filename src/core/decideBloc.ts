import { evaluateBallot } from "./ballot";
import { localized } from "./localized";
import type {
  AwardHistoryEntry,
  ConditionInput,
  LeaderHistoryEntry,
  UnitInput,
  VoteInput,
} from "./model";
import { blockingReasons, nominate } from "./nomination";
import { hasBlockingProblem, problem, type Problem } from "./problem";
import type { RuleProfile } from "./profile/types";
import { rankUnits, type RankEntry } from "./ranking";
import type { BallotOutcome, BlocResult, UnitResult } from "./result";
import { proposeLeader } from "./rotation";
import type { ScoredUnit } from "./scoring";
import { compareVietnamese } from "./text";

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
 * next leader. The task pane, the command line and the THIDUA.* functions all come through here,
 * so each rule is applied in one place.
 */
export function decideBloc(args: DecideBlocArgs): BlocResult {
  const { profile } = args;
  const problems: Problem[] = [];

  const ballots: BallotOutcome[] = [];
  for (const vote of args.votes) {
    const award = profile.awards.find((a) => a.id === vote.awardId);
    const evaluated = evaluateBallot(
      vote,
      profile.ballot,
      award?.voteThreshold ?? profile.ballot.threshold
    );
    ballots.push(evaluated.outcome);
    problems.push(...evaluated.problems);
  }

  const units = rankScoredUnits(args);
  problems.push(...tieProblems(units));

  const conditionOf = new Map(args.conditions.map((condition) => [condition.unitId, condition]));
  const blockedUnitIds = new Set(
    args.unitInputs
      .filter((unit) => blockingReasons(conditionOf.get(unit.id), profile.blocking).length > 0)
      .map((unit) => unit.id)
  );

  const nominated = nominate({
    year: args.year,
    units,
    ballots,
    conditions: args.conditions,
    awardHistory: args.awardHistory,
    profile,
  });
  problems.push(...nominated.problems);

  const rotation = proposeLeader({
    year: args.year,
    units,
    unitInputs: args.unitInputs,
    leaderHistory: args.leaderHistory,
    blockedUnitIds,
    rules: profile.rotation,
  });
  problems.push(...rotation.problems);

  return {
    year: args.year,
    blocName: args.blocName,
    units,
    ballots,
    nominations: nominated.nominations,
    rotation: rotation.proposal,
    problems,
    blocked: hasBlockingProblem(problems),
  };
}

/** Ranks by total and the profile's tie-breaks; lists in rank order, tied units by name. */
function rankScoredUnits(args: DecideBlocArgs): UnitResult[] {
  const inputs = new Map(args.unitInputs.map((unit) => [unit.id, unit]));
  const votes = votesByAward(args.votes);
  const entries: RankEntry[] = args.scored.map((unit) => ({
    unitId: unit.unitId,
    total: unit.total,
    bonus: unit.bonus,
    deduction: unit.deduction,
    groupPoints: unit.groupPoints,
    womenShare: inputs.get(unit.unitId)?.womenShare,
    votesByAward: votes.get(unit.unitId) ?? {},
  }));
  const ranked = rankUnits(
    entries,
    args.profile.ranking.tieBreaks,
    args.profile.awards[0]?.id ?? null
  );
  const units = args.scored.map((unit, index) => {
    const rank = ranked[index]!;
    return { ...unit, rank: rank.rank, tied: rank.tied };
  });
  return units.sort((a, b) => a.rank - b.rank || compareVietnamese(a.name, b.name));
}

function votesByAward(votes: readonly VoteInput[]): Map<string, Record<string, number>> {
  const byUnit = new Map<string, Record<string, number>>();
  for (const vote of votes) {
    const record = byUnit.get(vote.unitId) ?? {};
    record[vote.awardId] = vote.inFavour;
    byUnit.set(vote.unitId, record);
  }
  return byUnit;
}

/** One warning per group of units that share a rank after every tie-break. */
function tieProblems(units: readonly UnitResult[]): Problem[] {
  const groups = new Map<number, UnitResult[]>();
  for (const unit of units) {
    if (!unit.tied) continue;
    groups.set(unit.rank, [...(groups.get(unit.rank) ?? []), unit]);
  }
  return [...groups.entries()].map(([rank, tied]) => {
    const names = tied.map((unit) => unit.name).join(", ");
    return problem(
      "rank.tie",
      "warning",
      localized(
        `Đồng hạng ${rank} sau mọi tiêu chí phụ: ${names}. Chủ trì hội nghị quyết định.`,
        `Tied for rank ${rank} after every tie-break: ${names}. The chair decides.`
      ),
      { unitId: tied[0]!.unitId }
    );
  });
}
