import { localized, type Language, type Localized } from "../../localized";
import type { GradeId } from "../../profile/types";

/** Below this many hundredths, the digits are written from whole numbers (see `formatNumber`). */
const EXACT_HUNDREDTHS = 1e11;

/**
 * A number as printed, rounded to two decimals: "985,5" and "1.000" in Vietnamese, "985.5" and
 * "1,000" in English.
 */
export function formatNumber(value: number, language: Language): string {
  const hundredths = Math.round(value * 100);
  if (!(Math.abs(hundredths) < EXACT_HUNDREDTHS)) return formatLarge(value, language);
  // The same digits as String(hundredths / 100), written from integers: turning a fraction into
  // text costs ten times more, and a nomination list prints tens of thousands of numbers.
  const size = Math.abs(hundredths);
  const whole = Math.floor(size / 100);
  const fraction = size % 100;
  const sign = hundredths < 0 ? "-" : "";
  const grouped = whole < 1000 ? String(whole) : groupThousands(String(whole), language);
  if (fraction === 0) return sign + grouped;
  const decimals =
    fraction % 10 === 0 ? String(fraction / 10) : (fraction < 10 ? "0" : "") + fraction;
  return `${sign}${grouped}${language === "vi" ? "," : "."}${decimals}`;
}

/** Numbers from a thousand million up (and NaN, ±Infinity), from what `String` writes. */
function formatLarge(value: number, language: Language): string {
  const rounded = Math.round(value * 100) / 100;
  const [whole = "0", fraction] = Math.abs(rounded).toString().split(".");
  const decimal = language === "vi" ? "," : ".";
  const grouped = groupThousands(whole, language);
  return `${rounded < 0 ? "-" : ""}${grouped}${fraction === undefined ? "" : decimal + fraction}`;
}

function groupThousands(digits: string, language: Language): string {
  if (digits.length <= 3) return digits;
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, language === "vi" ? "." : ",");
}

/** A share (0…1) as a percentage with one decimal at most: "66,7%" / "66.7%". */
export function formatShare(share: number, language: Language): string {
  const percent = Math.round(share * 1000) / 10;
  return `${formatNumber(percent, language)}%`;
}

/** An English ordinal: 1st, 2nd, 3rd, 4th, 11th, 21st. */
export function ordinal(value: number): string {
  const lastTwo = Math.abs(value) % 100;
  const last = Math.abs(value) % 10;
  if (lastTwo >= 11 && lastTwo <= 13) return `${value}th`;
  if (last === 1) return `${value}st`;
  if (last === 2) return `${value}nd`;
  if (last === 3) return `${value}rd`;
  return `${value}th`;
}

const GRADE_NAMES: Readonly<Record<GradeId, Localized>> = {
  excellent: localized("Hoàn thành xuất sắc nhiệm vụ", "completed duties excellently"),
  good: localized("Hoàn thành tốt nhiệm vụ", "completed duties well"),
  pass: localized("Hoàn thành nhiệm vụ", "completed duties"),
  fail: localized("Không hoàn thành nhiệm vụ", "did not complete duties"),
};

export function gradeName(grade: GradeId): Localized {
  return GRADE_NAMES[grade];
}
