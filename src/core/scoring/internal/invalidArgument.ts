import { localized, type Localized } from "../../localized";
import { numberText } from "./numberText";

/**
 * The message for an argument that breaks its rule, naming it in both languages:
 * "Chỉ tiêu (target) phải là số dương, nhận được 0." / "target must be a positive number, got 0."
 */
export function invalidArgument(
  argument: Localized,
  requirement: Localized,
  value: number
): Localized {
  const text = numberText(value);
  return localized(
    `${argument.vi} ${requirement.vi}, nhận được ${text.vi}.`,
    `${argument.en} ${requirement.en}, got ${text.en}.`
  );
}
