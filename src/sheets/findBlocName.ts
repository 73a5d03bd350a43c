import { foldDiacritics, normalizeText } from "../core/text";
import type { DetectedTable } from "./detectedTable";
import type { Grid } from "./grid";
import { findOutsideTables } from "./outsideTables";

const BLOC = /(khoi|cum) thi dua\s+\S/;

/**
 * The bloc's name from a title outside the tables: the words from "Khối thi đua" (or "Cụm thi đua")
 * on, without a trailing "năm 2018": "BẢNG ĐIỂM KHỐI THI ĐUA CÁC TỔ CHỨC CT-XH NĂM 2018" →
 * "KHỐI THI ĐUA CÁC TỔ CHỨC CT-XH". Null when no title names the bloc.
 */
export function findBlocName(
  grids: readonly Grid[],
  tables: readonly DetectedTable[]
): string | null {
  for (const grid of grids) {
    const name = findOutsideTables(grid, tables, (value) => {
      if (typeof value !== "string") {
        return undefined;
      }
      const text = normalizeText(value);
      const folded = foldDiacritics(text).toLowerCase();
      const match = BLOC.exec(folded);
      if (match === null || folded.length !== text.length) {
        return undefined;
      }
      const named = text
        .slice(match.index)
        .replace(/[\s,;:–-]*\b(?:năm|nam|year)\s+\d{4}.*$/iu, "")
        .trim();
      return named === "" ? undefined : named;
    });
    if (name !== undefined) {
      return name;
    }
  }
  return null;
}
