import { compareNormalized } from "./internal/compareNormalized";
import { normalizeText } from "./normalizeText";

/**
 * Compares two texts in Vietnamese alphabetical order (a ă â b c d đ e ê … o ô ơ … u ư …),
 * for `Array.prototype.sort`. Both are normalised first, so "Hoà" and "Hòa" are equal. Numbers
 * inside names compare by value ("Cụm 2" before "Cụm 10"). Texts the collation deems equal but
 * that differ are ordered by code point, so the order never depends on the input order.
 * To sort many texts, `vietnameseComparator` normalises each only once.
 */
export function compareVietnamese(a: string, b: string): number {
  return compareNormalized(normalizeText(a), normalizeText(b));
}
