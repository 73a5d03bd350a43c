import type { GradeId, GradeThresholds } from "../profile/types";
import { roundScore } from "./roundScore";

/**
 * The grade a total earns: the highest grade whose minimum it reaches (compared through
 * `roundScore`, so 89.99999999999999 reaches 90), `fail` below `pass` and for a total that is
 * not a number.
 */
export function gradeFor(total: number, thresholds: GradeThresholds): GradeId {
  const score = roundScore(total);
  if (score >= roundScore(thresholds.excellent)) return "excellent";
  if (score >= roundScore(thresholds.good)) return "good";
  if (score >= roundScore(thresholds.pass)) return "pass";
  return "fail";
}
