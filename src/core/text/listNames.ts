import type { Language } from "../localized";

/** "A, B và C" / "A, B and C": names (of units, of awards) listed in a sentence. */
export function listNames(names: readonly string[], language: Language): string {
  if (names.length <= 1) return names.join("");
  const conjunction = language === "vi" ? " và " : " and ";
  return `${names.slice(0, -1).join(", ")}${conjunction}${names[names.length - 1]}`;
}
