/** Punctuation (., ,, -, –, quotes, brackets, slashes…) and modifier symbols such as ` and ´. */
const PUNCTUATION = /[\p{P}\p{Sk}]+/gu;

/**
 * `nameKey` of a text that `normalizeText` has already put in form, for a reader that keeps
 * the normalised name too (a list of thousands of units need not normalise each twice).
 */
export function normalizedNameKey(normalized: string): string {
  // Vietnamese has no casing rules of its own (Unicode's special casing covers only Lithuanian,
  // Turkish and Azeri), so the locale-free lower case is the same text, about eight times faster.
  const lower = normalized.toLowerCase();
  // Most names are letters, digits and single spaces only: normalised text has no runs of
  // spaces and no space at its ends, so nothing else would change.
  if (onlyLettersAndDigits(lower)) return lower;
  return lower.replace(PUNCTUATION, " ").replace(/ {2,}/g, " ").trim();
}

/**
 * True when every character is a space, an ASCII letter or digit, or a Latin letter (Latin-1,
 * Latin Extended-A and -B, the Vietnamese letters of Latin Extended Additional) or a combining
 * mark: none of them is punctuation or a modifier symbol, so `PUNCTUATION` finds nothing.
 */
function onlyLettersAndDigits(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x20 || (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a)) continue;
    if (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) continue;
    if ((code >= 0x300 && code <= 0x36f) || (code >= 0x1ea0 && code <= 0x1eff)) continue;
    return false;
  }
  return true;
}
