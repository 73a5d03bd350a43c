/**
 * White space, ASCII digits and ASCII punctuation. Latin-1 symbols such as « ª ¹ ½ are not
 * separators: legacy Vietnamese encodings use them for letters.
 */
const SEPARATORS = /[\s\x21-\x40\x5B-\x60\x7B-\x7E]+/u;

/** Splits a text into words for encoding detection. */
export function splitWords(text: string): string[] {
  return text.split(SEPARATORS).filter((word) => word !== "");
}
