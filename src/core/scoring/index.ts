export { computeCompletion } from "./computeCompletion";
export { computePoints, type ComputePointsArgs } from "./computePoints";
export { computeTotal, type ComputeTotalArgs } from "./computeTotal";
export { gradeAtLeast } from "./gradeAtLeast";
export { gradeFor } from "./gradeFor";
export { gradeLabel } from "./gradeLabel";
export { parseGrade } from "./parseGrade";
export { roundScore } from "./roundScore";
export { scoreUnits, type ScoredUnit } from "./scoreUnits";
