import { normalizeText } from "./normalizeText";
import { normalizedNameKey } from "./normalizedNameKey";

/**
 * The key under which unit names are matched across sheets. Two names that differ only in
 * Unicode form (NFC/NFD), tone-mark placement ("Hoà"/"Hòa"), case, spacing or punctuation give
 * the same key: "Hội LHPN  tỉnh", "hội lhpn tỉnh." and "Hội LHPN Tỉnh" all give
 * "hội lhpn tỉnh". Diacritics are kept, so "Hội" and "Hỏi" stay apart.
 */
export function nameKey(name: string): string {
  return normalizedNameKey(normalizeText(name));
}
