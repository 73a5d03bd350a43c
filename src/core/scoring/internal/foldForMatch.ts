const COMBINING_MARKS = /[\u0300-\u036f]/g;
const PUNCTUATION_OR_SPACE = /[\s\p{P}]+/gu;

/**
 * Text reduced for matching a label: diacritics removed (NFD, combining marks dropped, đ → d),
 * lower case, punctuation and runs of spaces turned into one space, trimmed.
 * "  Hoàn thành XUẤT SẮC nhiệm vụ. " → "hoan thanh xuat sac nhiem vu".
 */
export function foldForMatch(text: string): string {
  return text
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(PUNCTUATION_OR_SPACE, " ")
    .trim();
}
