import { foldDiacritics, normalizeText } from "../core/text";
import type { CellValue } from "./grid";

/** With diacritics: "Tổng cộng", "Tổng số", "Tổng điểm", "Tổng", "Cộng", "Cộng nhóm I" (but "Công tác …" is not one). */
const VIETNAMESE = /^(tổng cộng|tổng số|tổng điểm|tổng|cộng)( |$)/;
const NOT_TOTAL = /^(cộng điểm|tổng số phiếu|tổng số thành viên)( |$)/;
/** Without diacritics "cong" may be "công", so it counts only alone or before a group. */
const PLAIN =
  /^(tong cong|tong diem|tong|total|totals|grand total|subtotal|sum)( |$)|^cong( (nhom|phan|muc))?( ([ivx]+|[a-d]|\d+))?$/;
const ENGLISH = /^(total|totals|grand total|subtotal|sum)( |$)/;

/**
 * Every total label begins, once folded, with "to", "co", "gr" or "su". A text whose first two
 * letters are plain ASCII and none of these ("Trường …", "Chi cục …") is told apart at once.
 */
const OTHER_START = /^\s*[tcsgTCSG][a-np-qs-tv-zA-NP-QS-TV-Z]/;

/** True for a row label that sums rows rather than naming a unit or criterion: "Tổng cộng", "Cộng nhóm I", "Total". */
export function isTotalLabel(value: CellValue): boolean {
  if (typeof value !== "string" || !/^\s*[tcsgTCSG]/.test(value) || OTHER_START.test(value)) {
    return false;
  }
  const text = normalizeText(value)
    .toLocaleLowerCase("vi")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
  const folded = foldDiacritics(text);
  if (folded !== text) {
    return (VIETNAMESE.test(text) && !NOT_TOTAL.test(text)) || ENGLISH.test(folded);
  }
  return PLAIN.test(folded);
}
