import type { CellValue } from "./grid";
import { headerKey } from "./headerKey";

const NO = new Set(["", "0", "khong", "khong co", "k", "no", "none", "false", "n", "-", "sai"]);

/**
 * A yes/no condition cell (investigation, complaint): blank, "0", "Không", "No", "-" and FALSE
 * are no; anything else ("x", "Có", "Đang thanh tra …", 1, TRUE) is yes, so that a note written
 * in the column is never read as a clean record.
 */
export function readFlag(value: CellValue): boolean {
  if (typeof value === "boolean") {
    return value;
  }
  if (typeof value === "number") {
    return value !== 0;
  }
  return !NO.has(headerKey(value));
}
