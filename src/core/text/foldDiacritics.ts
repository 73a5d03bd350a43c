/** Combining diacritical marks (U+0300–U+036F): tone marks, ^, ˘, the horn of ơ/ư, and others. */
const COMBINING_MARKS = /[\u0300-\u036F]/g;

/** Letters with a stroke, which Unicode does not decompose: đ/Đ, and ð/Ð often typed for them. */
const STROKED_D = /[đð]/g;
const STROKED_CAPITAL_D = /[ĐÐ]/g;

/**
 * Removes every Vietnamese diacritic, so that labels typed without them match:
 * "Tên đơn vị" → "Ten don vi", "ĐIỂM" → "DIEM". Case and spacing are kept.
 */
export function foldDiacritics(text: string): string {
  return text
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .replace(STROKED_D, "d")
    .replace(STROKED_CAPITAL_D, "D")
    .normalize("NFC");
}
