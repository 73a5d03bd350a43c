import { localized } from "../localized";
import { failure, success, type Outcome } from "../outcome";
import { invalidArgument } from "./internal/invalidArgument";

const ACTUAL = localized("Kết quả thực hiện (actual)", "actual");
const TARGET = localized("Chỉ tiêu (target)", "target");
const CAP = localized("Mức trần (cap)", "cap");

/**
 * The completion ratio of a pledge target: actual ÷ target, or target ÷ actual when lower is
 * better ("at most 3 complaints"), clamped to `cap` (≥ 1) when one is given.
 *
 * When lower is better and the actual value is 0, the target is beaten outright and target ÷ 0
 * has no finite value: the completion is then `cap`; with no cap it is a failure asking for one,
 * because no fixed number would keep 0 ahead of every small actual value (0.001 gives 1000×).
 *
 * Failures, each naming the argument: a target that is not a positive number, an actual value
 * that is negative or not a number, a cap below 1 or not a number.
 */
export function computeCompletion(
  actual: number,
  target: number,
  lowerIsBetter = false,
  cap: number | null = null
): Outcome<number> {
  if (!Number.isFinite(actual)) {
    return failure(
      invalidArgument(ACTUAL, localized("phải là một số", "must be a number"), actual)
    );
  }
  if (actual < 0) {
    return failure(
      invalidArgument(ACTUAL, localized("không được âm", "must not be negative"), actual)
    );
  }
  if (!Number.isFinite(target) || target <= 0) {
    return failure(
      invalidArgument(TARGET, localized("phải là số dương", "must be a positive number"), target)
    );
  }
  if (cap !== null && !(Number.isFinite(cap) && cap >= 1)) {
    return failure(
      invalidArgument(
        CAP,
        localized("phải là số từ 1 trở lên", "must be a number of at least 1"),
        cap
      )
    );
  }
  if (lowerIsBetter && actual === 0) {
    if (cap !== null) return success(cap);
    return failure(
      localized(
        "Kết quả thực hiện bằng 0 với chỉ tiêu càng thấp càng tốt: tỷ lệ hoàn thành không có giới hạn, hãy nhập mức trần (cap).",
        "actual is 0 for a lower-is-better target: the completion ratio is unbounded, so give a cap."
      )
    );
  }
  const ratio = lowerIsBetter ? target / actual : actual / target;
  return success(cap === null ? ratio : Math.min(ratio, cap));
}
