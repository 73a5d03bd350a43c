import { localized } from "../../localized";
import { percentText } from "./countText";
import type { Problem } from "../../problem";
import { reportBallot, type BallotInput, type Counts } from "./voteCounts";

/** Whether enough members were present; reported when it cannot be told or is not met. */
export function checkQuorum(
  counts: Counts,
  quorum: number,
  vote: BallotInput,
  problems: Problem[]
): boolean {
  if (!(quorum > 0)) return true;
  const present = counts.membersPresent ?? null;
  const total = counts.membersTotal ?? null;
  if (present === null || total === null || total === 0) {
    const required = percentText(quorum);
    reportBallot(
      problems,
      vote,
      "vote.noQuorum",
      "warning",
      localized(
        `thiếu số thành viên có mặt hoặc tổng số thành viên nên không kiểm tra được tỷ lệ có mặt tối thiểu ${required.vi}; phiếu bầu không đạt.`,
        `the number of members present or in total is missing, so the quorum of ${required.en} cannot be checked; the ballot fails.`
      )
    );
    return false;
  }
  if (present / total >= quorum) return true;
  const required = percentText(quorum);
  reportBallot(
    problems,
    vote,
    "vote.noQuorum",
    "warning",
    localized(
      `chỉ có ${present}/${total} thành viên có mặt, chưa đạt tỷ lệ tối thiểu ${required.vi}; phiếu bầu không đạt.`,
      `only ${present} of ${total} members were present, short of the quorum of ${required.en}; the ballot fails.`
    )
  );
  return false;
}
