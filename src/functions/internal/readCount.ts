import { localized } from "../../core/localized";
import { failure, type Outcome } from "../../core/outcome";
import { argumentLabel, type ArgumentName } from "./argumentNames";
import { readNumber } from "./readNumber";

/** A count of votes or people: a whole number of at least `minimum`, else a failure naming the argument. */
export function readCount(
  value: unknown,
  argument: ArgumentName,
  minimum: number
): Outcome<number> {
  const read = readNumber(value, argument);
  if (!read.ok || (Number.isInteger(read.value) && read.value >= minimum)) return read;
  const name = argumentLabel(argument);
  return failure(
    localized(
      `${name.vi} phải là số nguyên từ ${minimum} trở lên, nhận được ${String(read.value).replace(".", ",")}.`,
      `${name.en} must be a whole number of at least ${minimum}, got ${read.value}.`
    )
  );
}
