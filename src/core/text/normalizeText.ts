import { normalizeFully, SPACES } from "./internal/normalizeFully";

/**
 * What can make the full work change a text that is already NFC, beyond its spaces: combining
 * marks, invisible characters, and "o"/"u" written before a vowel carrying a tone (a vowel whose
 * decomposition puts a tone mark right after the letter: "oà" is o + a + U+0300). Without them
 * no tone can move.
 */
const NEEDS_FULL_WORK =
  /[\u0300-\u036F\u200B-\u200D\u2060\uFEFF]|[oOuU][àáảãạậặèéẻẽẹệỳýỷỹỵÀÁẢÃẠẬẶÈÉẺẼẸỆỲÝỶỸỴ]/u;

/** White space other than a single plain space: what `SPACES` would change. */
const SPACES_TO_CHANGE = /[^\S ]| {2}/u;

/**
 * Puts `text` in the one form the add-in compares: Unicode NFC; tone marks of the open
 * diphthongs oa, oe, uy placed on the first vowel ("Hoà" → "Hòa", "Thuý" → "Thúy",
 * "Khoẻ" → "Khỏe"), the placement used in "CỘNG HÒA" and "Ủy ban"; every run of white space
 * (tabs, line breaks, no-break spaces) turned into one space; zero-width characters removed;
 * ends trimmed. Case is kept.
 *
 * Syllables with something after the diphthong ("hoàng", "hoài", "huyện") and syllables
 * starting with "qu" ("quý", "quỷ") are left as they are: their placement is the same in both
 * styles.
 */
export function normalizeText(text: string): string {
  if (!NEEDS_FULL_WORK.test(text) && text.normalize("NFC") === text) {
    // Already NFC with no tone to move: only the spaces change (the common case, and quick).
    // Single plain spaces stay as they are: no new text is made for them.
    return SPACES_TO_CHANGE.test(text) ? text.replace(SPACES, " ").trim() : text.trim();
  }
  return normalizeFully(text);
}
