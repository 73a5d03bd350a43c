import { normalizeText } from "./normalizeText";

/** Punctuation (., ,, -, –, quotes, brackets, slashes…) and modifier symbols such as ` and ´. */
const PUNCTUATION = /[\p{P}\p{Sk}]+/gu;

/**
 * The key under which unit names are matched across sheets. Two names that differ only in
 * Unicode form (NFC/NFD), tone-mark placement ("Hoà"/"Hòa"), case, spacing or punctuation give
 * the same key: "Hội LHPN  tỉnh", "hội lhpn tỉnh." and "Hội LHPN Tỉnh" all give
 * "hội lhpn tỉnh". Diacritics are kept, so "Hội" and "Hỏi" stay apart.
 */
export function nameKey(name: string): string {
  // Vietnamese has no casing rules of its own (Unicode's special casing covers only Lithuanian,
  // Turkish and Azeri), so the locale-free lower case is the same text, about eight times faster.
  return normalizeText(name).toLowerCase().replace(PUNCTUATION, " ").replace(/ {2,}/g, " ").trim();
}
