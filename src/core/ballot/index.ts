export { countBallot, evaluateBallot } from "./evaluateBallot";
export { votePasses } from "./votePasses";
