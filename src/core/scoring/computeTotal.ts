import { localized, type Localized } from "../localized";
import { failure, success, type Outcome } from "../outcome";
import { invalidArgument } from "./internal/invalidArgument";
import { numberText } from "./internal/numberText";
import { roundScore } from "./roundScore";

export interface ComputeTotalArgs {
  readonly points: number;
  /** When given, points above it are a failure (float noise aside, see `roundScore`). */
  readonly maxPoints?: number | null;
  readonly bonus?: number;
  /** A positive number, subtracted. */
  readonly deduction?: number;
  /** Largest bonus that counts; null or omitted for no cap. */
  readonly bonusCap?: number | null;
  /** Largest deduction that counts; null or omitted for no cap. */
  readonly deductionCap?: number | null;
}

const NOT_NEGATIVE = localized("phải là số không âm", "must be a number of at least 0");

const POINTS = localized("Điểm (points)", "points");
const MAX_POINTS = localized("Điểm chuẩn (maxPoints)", "maxPoints");
const BONUS = localized("Điểm thưởng (bonus)", "bonus");
const DEDUCTION = localized("Điểm trừ (deduction)", "deduction");
const BONUS_CAP = localized("Mức trần điểm thưởng (bonusCap)", "bonusCap");
const DEDUCTION_CAP = localized("Mức trần điểm trừ (deductionCap)", "deductionCap");

/**
 * The total score: points + min(bonus, bonusCap) − min(deduction, deductionCap). The total may
 * fall below 0 when deductions exceed the points. Failures, each naming the argument: any
 * argument negative or not a number, and points above maxPoints.
 */
export function computeTotal(args: ComputeTotalArgs): Outcome<number> {
  const {
    points,
    maxPoints = null,
    bonus = 0,
    deduction = 0,
    bonusCap = null,
    deductionCap = null,
  } = args;
  // Checked in this order, without a list of checks: THIDUA.SCORE totals every cell of a range.
  const negative =
    negativeArgument(POINTS, points) ??
    negativeArgument(MAX_POINTS, maxPoints) ??
    negativeArgument(BONUS, bonus) ??
    negativeArgument(DEDUCTION, deduction) ??
    negativeArgument(BONUS_CAP, bonusCap) ??
    negativeArgument(DEDUCTION_CAP, deductionCap);
  if (negative) return negative;
  if (maxPoints !== null && roundScore(points) > roundScore(maxPoints)) {
    const given = numberText(points);
    const maximum = numberText(maxPoints);
    return failure(
      localized(
        `Điểm (points) ${given.vi} vượt điểm chuẩn (maxPoints) ${maximum.vi}.`,
        `points ${given.en} is above maxPoints ${maximum.en}.`
      )
    );
  }
  const countedBonus = bonusCap === null ? bonus : Math.min(bonus, bonusCap);
  const countedDeduction = deductionCap === null ? deduction : Math.min(deduction, deductionCap);
  return success(points + countedBonus - countedDeduction);
}

/** The failure for a given value that is negative or not a number; null when it is fine or absent. */
function negativeArgument(argument: Localized, value: number | null): Outcome<number> | null {
  if (value === null || (Number.isFinite(value) && value >= 0)) return null;
  return failure(invalidArgument(argument, NOT_NEGATIVE, value));
}
