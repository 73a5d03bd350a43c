export { ballotOutcome, countVote, evaluateBallot } from "./evaluateBallot";
export { votePasses } from "./votePasses";
