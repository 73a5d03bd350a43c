export { evaluateBallot } from "./evaluateBallot";
export { votePasses } from "./votePasses";
