import { localized, type Language, type Localized } from "../../localized";
import type { GradeId } from "../../profile/types";

/** A number as printed: "985,5" and "1.000" in Vietnamese, "985.5" and "1,000" in English. */
export function formatNumber(value: number, language: Language): string {
  const rounded = Math.round(value * 100) / 100;
  const [whole = "0", fraction] = Math.abs(rounded).toString().split(".");
  const group = language === "vi" ? "." : ",";
  const decimal = language === "vi" ? "," : ".";
  const grouped = whole.length <= 3 ? whole : whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${rounded < 0 ? "-" : ""}${grouped}${fraction === undefined ? "" : decimal + fraction}`;
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

/** "A, B and C" in either language. */
export function listNames(names: readonly string[], language: Language): string {
  if (names.length <= 1) return names.join("");
  const conjunction = language === "vi" ? " và " : " and ";
  return `${names.slice(0, -1).join(", ")}${conjunction}${names[names.length - 1]}`;
}

/**
 * Joins reason fragments with "; " into one message. Fragments start in lower case; the
 * Vietnamese sentence gets a capital letter, as printed in the nomination list.
 */
export function joinReasons(fragments: readonly Localized[]): Localized {
  const vi = fragments.map((fragment) => fragment.vi).join("; ");
  const en = fragments.map((fragment) => fragment.en).join("; ");
  return localized(vi.charAt(0).toLocaleUpperCase("vi") + vi.slice(1), en);
}
