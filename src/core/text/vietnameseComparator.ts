import { compareNormalized } from "./internal/compareNormalized";
import { normalizeText } from "./normalizeText";

/**
 * `compareVietnamese` for a sort: the same order, but each distinct text is normalised once
 * rather than at every comparison. Make one per sort and let it go with the sort.
 */
export function vietnameseComparator(): (a: string, b: string) => number {
  const normalized = new Map<string, string>();
  const normalizedOf = (text: string): string => {
    let known = normalized.get(text);
    if (known === undefined) {
      known = normalizeText(text);
      normalized.set(text, known);
    }
    return known;
  };
  return (a, b) => compareNormalized(normalizedOf(a), normalizedOf(b));
}
