import { localized } from "../../core/localized";
import { failure, success, type Outcome } from "../../core/outcome";
import { parseNumber } from "../../core/text/parseNumber";
import { argumentLabel, type ArgumentName } from "./argumentNames";
import { isBlank } from "./isBlank";

/**
 * A required number from a cell: numbers, numbers stored as text and decimal commas ("95,5")
 * are read by `parseNumber`; an empty cell, a boolean or other text is a failure naming the
 * argument. Never 0 for something that is not a number.
 */
export function readNumber(value: unknown, argument: ArgumentName): Outcome<number> {
  if (typeof value === "number" && Number.isFinite(value)) return success(value);
  const name = argumentLabel(argument);
  if (isBlank(value)) return failure(localized(`${name.vi} đang trống.`, `${name.en} is empty.`));
  const parsed =
    typeof value === "number" || typeof value === "string" || typeof value === "boolean"
      ? parseNumber(value)
      : failure<number>(localized("giá trị không phải là số.", "the value is not a number."));
  if (parsed.ok) return parsed;
  return failure(localized(`${name.vi}: ${parsed.error.vi}`, `${name.en}: ${parsed.error.en}`));
}
