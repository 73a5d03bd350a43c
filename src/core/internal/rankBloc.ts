import { countBallot } from "../ballot";
import type { DecideBlocArgs } from "../decideBloc";
import { localized } from "../localized";
import type { UnitInput, VoteInput } from "../model";
import { problem, type Problem } from "../problem";
import type { RuleProfile } from "../profile/types";
import { rankUnits, type RankEntry, type RankedEntry } from "../ranking";
import type { BallotOutcome, UnitResult } from "../result";
import type { ScoredUnit } from "../scoring";
import { vietnameseComparator } from "../text";

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
  const inputs = new Map<string, UnitInput>();
  for (const unit of args.unitInputs) inputs.set(unit.id, unit);
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
  const units = args.scored.map((unit, index) => withRank(unit, ranked[index]!));
  const compareNames = vietnameseComparator();
  return units.sort((a, b) => a.rank - b.rank || compareNames(a.name, b.name));
}

/**
 * The scored unit with its rank. Written out field by field: V8 builds `{ ...unit, rank, tied }`
 * a hundred times slower, which showed at 10,000 units.
 */
function withRank(unit: ScoredUnit, ranked: RankedEntry): UnitResult {
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
    rank: ranked.rank,
    tied: ranked.tied,
  };
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
    const group = groups.get(unit.rank);
    if (group) group.push(unit);
    else groups.set(unit.rank, [unit]);
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
