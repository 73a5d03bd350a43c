/**
 * Tone marks (in canonical decomposition): huyền, sắc, ngã, hỏi, nặng.
 * Only these move; the vowel marks (â, ă, ê, ô, ơ, ư) never do.
 */
const TONE = "[\\u0300\\u0301\\u0303\\u0309\\u0323]";

/**
 * "oa", "oe" or "uy" with the tone on the second vowel and nothing after it in the syllable,
 * in canonical decomposition (NFD), where "oà" is o + a + U+0300. After "q" the "u" belongs to
 * the consonant "qu" (quý, quỳ, quả), so that case is left alone.
 */
const TRAILING_TONE = new RegExp(`(?<![qQ])([oO][aAeE]|[uU][yY])(${TONE})(?![\\p{L}\\p{M}])`, "gu");

/** Spaces of every kind: tab, line break, no-break space, narrow no-break space… */
export const SPACES = /\s+/gu;

/** Zero-width space, joiners, word joiner and byte-order mark, which are invisible in a cell. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/gu;

/** `normalizeText` worked out in full, for any text (see `normalizeText`). */
export function normalizeFully(text: string): string {
  const decomposed = text.replace(INVISIBLE, "").normalize("NFD");
  const moved = decomposed.replace(
    TRAILING_TONE,
    (_match, pair: string, tone: string) => `${pair.charAt(0)}${tone}${pair.charAt(1)}`
  );
  return moved.normalize("NFC").replace(SPACES, " ").trim();
}
