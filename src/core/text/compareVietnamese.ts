import { normalizeText } from "./normalizeText";

let collator: Intl.Collator | undefined;

function vietnameseCollator(): Intl.Collator {
  collator ??= new Intl.Collator("vi", { numeric: true });
  return collator;
}

/**
 * Compares two texts in Vietnamese alphabetical order (a ă â b c d đ e ê … o ô ơ … u ư …),
 * for `Array.prototype.sort`. Both are normalised first, so "Hoà" and "Hòa" are equal. Numbers
 * inside names compare by value ("Cụm 2" before "Cụm 10"). Texts the collation deems equal but
 * that differ are ordered by code point, so the order never depends on the input order.
 */
export function compareVietnamese(a: string, b: string): number {
  const left = normalizeText(a);
  const right = normalizeText(b);
  const order = vietnameseCollator().compare(left, right);
  if (order !== 0) return order;
  if (left === right) return 0;
  return left < right ? -1 : 1;
}
