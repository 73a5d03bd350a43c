import { foldDiacritics } from "../../core/text/foldDiacritics";
import { localized } from "../../core/localized";
import { failure, success, type Outcome } from "../../core/outcome";
import { argumentLabel, type ArgumentName } from "./argumentNames";
import { isBlank } from "./isBlank";

/** Words for TRUE and FALSE, as English and Vietnamese Excel write them, without diacritics. */
const WORDS: Readonly<Record<string, boolean>> = {
  true: true,
  false: false,
  dung: true,
  sai: false,
};

/**
 * An optional yes/no argument: TRUE/FALSE, 1/0, or the text TRUE, FALSE, ĐÚNG, SAI in any case;
 * `fallback` when omitted or empty. Anything else is a failure naming the argument.
 */
export function readFlag(
  value: unknown,
  argument: ArgumentName,
  fallback: boolean
): Outcome<boolean> {
  if (isBlank(value)) return success(fallback);
  if (typeof value === "boolean") return success(value);
  if (value === 1 || value === 0) return success(value === 1);
  if (typeof value === "string") {
    const word = WORDS[foldDiacritics(value.trim()).toLowerCase()];
    if (word !== undefined) return success(word);
  }
  const name = argumentLabel(argument);
  const shown = typeof value === "string" || typeof value === "number" ? ` “${String(value)}”` : "";
  return failure(
    localized(
      `${name.vi} phải là TRUE hoặc FALSE, nhận được${shown || " giá trị khác"}.`,
      `${name.en} must be TRUE or FALSE, got${shown || " something else"}.`
    )
  );
}
