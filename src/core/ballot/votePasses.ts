/**
 * Whether `votes` out of `base` reach `threshold` (a fraction: 0.5, 2/3, 0.8): share ≥ threshold,
 * or share > threshold when `strictlyAbove` ("more than half"). The share is votes ÷ base,
 * which for whole counts is the same double as the decimal it equals (7 ÷ 10 === 0.7), so no
 * tolerance is needed. False when the base is not a positive number, or votes or threshold are
 * not numbers, or votes are negative.
 */
export function votePasses(
  votes: number,
  base: number,
  threshold: number,
  strictlyAbove: boolean
): boolean {
  if (!(Number.isFinite(base) && base > 0)) return false;
  if (!(Number.isFinite(votes) && votes >= 0) || Number.isNaN(threshold)) return false;
  const share = votes / base;
  return strictlyAbove ? share > threshold : share >= threshold;
}
