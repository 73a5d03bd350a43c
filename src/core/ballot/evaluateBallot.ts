import { localized } from "../localized";
import type { VoteInput } from "../model";
import type { Problem } from "../problem";
import type { BallotRules } from "../profile/types";
import type { BallotCount, BallotOutcome } from "../result";
import { checkQuorum } from "./internal/checkQuorum";
import { countText } from "./internal/countText";
import {
  checkOrder,
  COUNT_NAMES,
  firstBelow,
  isWholeCount,
  readCounts,
  type BallotInput,
  reportBallot,
} from "./internal/voteCounts";
import { votePasses } from "./votePasses";

/**
 * Counts one ballot (one unit, one award) by the profile's ballot rules and the award's
 * threshold.
 *
 * - The base is the members present (`rules.base` "present"; when not given, the ballots issued,
 *   then the valid ballots, stand in for it) or all members ("total"; no stand-in). With no base
 *   the ballot fails, with a `vote.missing` warning.
 * - The quorum is met when members present ÷ members in total ≥ `rules.quorum` (always when the
 *   quorum is 0). When either count is missing, or the quorum is not met, a `vote.noQuorum`
 *   warning says so, and the ballot fails.
 * - passed = quorum met and `votePasses(inFavour, base, threshold, rules.strictlyAbove)`;
 *   share = inFavour ÷ base (0 with no base).
 * - Errors: `vote.inconsistent` for a count that is negative, fractional or not a number (it is
 *   then ignored), and for valid > issued > present > total out of order; `vote.aboveVoters`
 *   when the votes in favour exceed any of those counts.
 */
export function evaluateBallot(
  vote: VoteInput,
  rules: BallotRules,
  threshold: number
): { outcome: BallotOutcome; problems: Problem[] } {
  const problems: Problem[] = [];
  const count = countVote(vote, rules, problems);
  return { outcome: ballotOutcome(vote, vote.awardId, count, rules, threshold), problems };
}

/**
 * What `evaluateBallot` counts, whatever the threshold, adding the ballot's problems to
 * `problems`: a list counts a ballot per unit and award, and most have none, so nothing is made
 * for them but the count. A unit ballot is counted once for every award it stands for.
 */
export function countVote(vote: BallotInput, rules: BallotRules, problems: Problem[]): BallotCount {
  const counts = readCounts(vote, problems);
  checkOrder(counts, vote, problems);
  const inFavour = counts.inFavour ?? null;
  if (inFavour !== null) {
    const exceeded = firstBelow(counts, inFavour);
    if (exceeded !== undefined) {
      const votes = countText(inFavour);
      const count = countText(counts[exceeded]!);
      reportBallot(
        problems,
        vote,
        "vote.aboveVoters",
        "error",
        localized(
          `${votes.vi} phiếu đồng ý, nhiều hơn ${COUNT_NAMES[exceeded].vi} (${count.vi}).`,
          `${votes.en} votes in favour, more than the ${COUNT_NAMES[exceeded].en} (${count.en}).`
        )
      );
    }
  }

  const base =
    rules.base === "total"
      ? (counts.membersTotal ?? null)
      : (counts.membersPresent ?? counts.ballotsIssued ?? counts.ballotsValid ?? null);
  if (base === null) {
    reportBallot(
      problems,
      vote,
      "vote.missing",
      "warning",
      rules.base === "total"
        ? localized(
            "thiếu tổng số thành viên nên không tính được tỷ lệ phiếu; phiếu bầu không đạt.",
            "the number of members in total is missing, so no share can be worked out; the ballot fails."
          )
        : localized(
            "thiếu số thành viên có mặt (và số phiếu phát ra, phiếu hợp lệ) nên không tính được tỷ lệ phiếu; phiếu bầu không đạt.",
            "the number of members present (and of ballots issued or valid) is missing, so no share can be worked out; the ballot fails."
          )
    );
  }

  const quorumMet = checkQuorum(counts, rules.quorum, vote, problems);
  const votes = inFavour ?? 0;
  const baseCount = base ?? 0;
  return { votes, base: baseCount, share: baseCount > 0 ? votes / baseCount : 0, quorumMet };
}

/** The vote's `count` as the ballot on `awardId`, passed or not by the award's `threshold`. */
export function ballotOutcome(
  vote: BallotInput,
  awardId: string,
  count: BallotCount,
  rules: BallotRules,
  threshold: number
): BallotOutcome {
  return {
    unitId: vote.unitId,
    awardId,
    votes: count.votes,
    base: count.base,
    share: count.share,
    quorumMet: count.quorumMet,
    passed:
      count.quorumMet &&
      isWholeCount(vote.inFavour) &&
      votePasses(count.votes, count.base, threshold, rules.strictlyAbove),
  };
}
