import { localized } from "../localized";
import { failure, success, type Outcome } from "../outcome";
import type { PointsMethod } from "../profile/types";
import { computeCompletion } from "./computeCompletion";
import { invalidArgument } from "./internal/invalidArgument";
import { roundScore } from "./roundScore";

export interface ComputePointsArgs {
  readonly actual: number;
  readonly target: number;
  readonly maxPoints: number;
  readonly method: PointsMethod;
  /** Completion ratio at which `capped` gives full points (≥ 1); also bounds lower-is-better. */
  readonly cap: number;
  readonly lowerIsBetter: boolean;
}

/**
 * Points earned by a quantitative criterion, from its completion (see `computeCompletion`,
 * always with `cap`, so lower-is-better with an actual value of 0 completes at the cap):
 * - `proportional`: maxPoints × completion, never above maxPoints;
 * - `capped`: maxPoints × min(completion, cap) ÷ cap;
 * - `allOrNothing`: maxPoints when completion ≥ 1 (float noise such as 0.3 ÷ 0.30000000000000004
 *   counts as met, see `roundScore`), else 0.
 * Failures: maxPoints negative or not a number, an unknown method, and computeCompletion's own.
 */
export function computePoints(args: ComputePointsArgs): Outcome<number> {
  const { maxPoints, method, cap } = args;
  if (!Number.isFinite(maxPoints) || maxPoints < 0) {
    return failure(
      invalidArgument(
        localized("Điểm chuẩn (maxPoints)", "maxPoints"),
        localized("phải là số không âm", "must be a number of at least 0"),
        maxPoints
      )
    );
  }
  const completion = computeCompletion(args.actual, args.target, args.lowerIsBetter, cap);
  if (!completion.ok) return completion;
  const ratio = completion.value;
  switch (method) {
    case "proportional":
      return success(maxPoints * Math.min(ratio, 1));
    case "capped":
      return success((maxPoints * Math.min(ratio, cap)) / cap);
    case "allOrNothing":
      return success(roundScore(ratio) >= 1 ? maxPoints : 0);
    default:
      return failure(
        localized(
          `Cách tính điểm (method) "${String(method)}" không có; dùng proportional, capped hoặc allOrNothing.`,
          `method "${String(method)}" is unknown; use proportional, capped or allOrNothing.`
        )
      );
  }
}
