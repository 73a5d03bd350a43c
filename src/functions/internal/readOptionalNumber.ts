import { success, type Outcome } from "../../core/outcome";
import type { ArgumentName } from "./argumentNames";
import { isBlank } from "./isBlank";
import { readNumber } from "./readNumber";

/** One outcome for every omitted or empty cell: functions read an optional number in every cell. */
const NO_NUMBER: Outcome<number | null> = success(null);

/** An optional number: null when the argument is omitted or its cell is empty, else `readNumber`. */
export function readOptionalNumber(value: unknown, argument: ArgumentName): Outcome<number | null> {
  return isBlank(value) ? NO_NUMBER : readNumber(value, argument);
}
