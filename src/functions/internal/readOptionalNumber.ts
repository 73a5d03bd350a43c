import { success, type Outcome } from "../../core/outcome";
import type { ArgumentName } from "./argumentNames";
import { isBlank } from "./isBlank";
import { readNumber } from "./readNumber";

/** An optional number: null when the argument is omitted or its cell is empty, else `readNumber`. */
export function readOptionalNumber(value: unknown, argument: ArgumentName): Outcome<number | null> {
  return isBlank(value) ? success(null) : readNumber(value, argument);
}
