import { headerKey } from "./headerKey";
import { matchLabel } from "./matchLabel";
import { fieldSynonyms } from "./fieldSynonyms";
import { isTotalLabel } from "./isTotalLabel";

/** What a row of a criteria-as-rows scoring table is. */
export type CriterionRowKind =
  | { readonly kind: "group"; readonly group: string }
  | { readonly kind: "criterion"; readonly code: string; readonly depth: number }
  | { readonly kind: "bonus" }
  | { readonly kind: "deduction" }
  | { readonly kind: "total" }
  | { readonly kind: "blank" };

const ROMAN = /^([IVXLC]+)[.)]?$/;
const CAPITAL = /^([A-Z])[.)]?$/;
const GROUP_TITLE = /^(?:nhóm|nhom|phần|phan|group|part)\s+([IVXLC]+|[A-Z]|\d+)\b/iu;

/**
 * Classifies a row by its STT and title: a content group ("I", "II", "A", or "Nhóm I …" without STT),
 * a criterion ("1", "1.2", "a", "-", with its depth), a bonus ("Điểm thưởng") or deduction
 * ("Điểm trừ") row, a total ("Tổng cộng", "Cộng nhóm I"), or nothing.
 */
export function criterionRowKind(stt: string, title: string): CriterionRowKind {
  const code = stt.trim();
  if (code === "" && title === "") {
    return { kind: "blank" };
  }
  const titleKey = headerKey(title);
  const numbered = /^\d+(\.\d+)*\.?$/.test(code);
  if (!numbered && matchLabel(titleKey, fieldSynonyms("scores", "bonus")) >= 0.7) {
    return { kind: "bonus" };
  }
  if (!numbered && matchLabel(titleKey, fieldSynonyms("scores", "deduction")) >= 0.7) {
    return { kind: "deduction" };
  }
  if (!numbered && (isTotalLabel(title) || isTotalLabel(code))) {
    return { kind: "total" };
  }
  const roman = ROMAN.exec(code) ?? CAPITAL.exec(code);
  if (roman?.[1] !== undefined) {
    return { kind: "group", group: roman[1] };
  }
  const titled = code === "" ? GROUP_TITLE.exec(title) : null;
  if (titled?.[1] !== undefined) {
    return { kind: "group", group: titled[1].toUpperCase() };
  }
  return { kind: "criterion", code: code.replace(/[.)]$/, ""), depth: codeDepth(code) };
}

/** 1 for "1", 2 for "1.1", …; 4 for "a"; 5 for bullets and rows without STT. */
function codeDepth(code: string): number {
  if (/^\d+(\.\d+)*\.?$/.test(code)) {
    return code.replace(/\.$/, "").split(".").length;
  }
  if (/^[a-zđ][.)]?$/.test(code)) {
    return 4;
  }
  return 5;
}
