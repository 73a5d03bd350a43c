import { foldDiacritics, normalizeText } from "../core/text";
import type { CellValue } from "./grid";

/**
 * A label reduced for comparison: normalised, without diacritics, lower-case, punctuation turned
 * into spaces (except `%`), spaces collapsed. "Tên  đơn vị:" → "ten don vi"; "Women %" → "women %".
 */
export function headerKey(value: CellValue | undefined): string {
  if (value === null || value === undefined || typeof value === "boolean") {
    return "";
  }
  const text = typeof value === "number" ? String(value) : value;
  return foldDiacritics(normalizeText(text))
    .toLowerCase()
    .replace(/[^a-z0-9%]+/g, " ")
    .trim();
}
