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
  if (isInForm(text)) return text;
  if (!NEEDS_FULL_WORK.test(text) && text.normalize("NFC") === text) {
    // Already NFC with no tone to move: only the spaces change (the common case, and quick).
    // Single plain spaces stay as they are: no new text is made for them.
    return SPACES_TO_CHANGE.test(text) ? text.replace(SPACES, " ").trim() : text.trim();
  }
  return normalizeFully(text);
}

/**
 * True for a text that is plainly in form already, found in one pass without the Unicode
 * work: printable Latin letters, digits and signs (U+0021–U+007E, U+00A1–U+02FF, the Vietnamese
 * letters of U+1E00–U+1EFF: none is a combining mark, and no two of them compose, so the text is
 * NFC), single spaces inside only, and no "o"/"u" before a vowel with a tone (which could move).
 * False only means "look closer"; a list of thousands of names mostly stops here.
 */
function isInForm(text: string): boolean {
  let previous = 0x20;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x20) {
      if (previous === 0x20) return false;
    } else if (!((code > 0x20 && code < 0x7f) || (code > 0xa0 && code < 0x300))) {
      if (code < 0x1e00 || code > 0x1eff) return false;
    }
    if (isOorU(previous) && TONED_VOWELS.has(code)) return false;
    previous = code;
  }
  return previous !== 0x20;
}

/** The vowels with a tone after which `NEEDS_FULL_WORK` looks for an "o" or "u" before them. */
const TONED_VOWELS = new Set(
  Array.from("àáảãạậặèéẻẽẹệỳýỷỹỵÀÁẢÃẠẬẶÈÉẺẼẸỆỲÝỶỸỴ", (vowel) => vowel.charCodeAt(0))
);

function isOorU(code: number): boolean {
  return code === 0x6f || code === 0x4f || code === 0x75 || code === 0x55;
}
