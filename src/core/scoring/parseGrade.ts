import type { GradeId } from "../profile/types";
import { foldForMatch } from "./internal/foldForMatch";

/** Folded labels (see `foldForMatch`), each also recognised with " nhiem vu" appended. */
const VIETNAMESE: ReadonlyArray<readonly [string, GradeId]> = [
  ["hoan thanh xuat sac", "excellent"],
  ["hoan thanh tot", "good"],
  ["hoan thanh", "pass"],
  ["khong hoan thanh", "fail"],
];

/** Abbreviations in common use on score sheets, and English words. */
const OTHER: ReadonlyArray<readonly [string, GradeId]> = [
  ["htxsnv", "excellent"],
  ["httnv", "good"],
  ["htnv", "pass"],
  ["khtnv", "fail"],
  ["excellent", "excellent"],
  ["outstanding", "excellent"],
  ["outstanding completion of duties", "excellent"],
  ["good", "good"],
  ["good completion of duties", "good"],
  ["pass", "pass"],
  ["passed", "pass"],
  ["completion of duties", "pass"],
  ["fail", "fail"],
  ["failed", "fail"],
  ["non completion of duties", "fail"],
];

const KNOWN = new Map<string, GradeId>([
  ...VIETNAMESE,
  ...VIETNAMESE.map(([label, grade]) => [`${label} nhiem vu`, grade] as const),
  ...OTHER,
]);

/**
 * The grade a cell names: the four Vietnamese labels with or without diacritics, in any case,
 * with or without "nhiệm vụ" ("Hoàn thành xuất sắc", "HOAN THANH TOT NHIEM VU"), their usual
 * abbreviations (HTXSNV, HTTNV, HTNV, KHTNV) and the English words (excellent, outstanding,
 * good, pass, fail, the English labels). Null for anything else.
 */
export function parseGrade(text: string): GradeId | null {
  return KNOWN.get(foldForMatch(text)) ?? null;
}
