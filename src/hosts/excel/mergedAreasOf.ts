import type { MergedArea } from "../../sheets/grid";

/** One area of a `RangeAreas.address`: an optional (possibly quoted) sheet, then A1 or A1:B2. */
const AREA =
  /(?:(?:'(?:[^']|'')*'|[^',!]+)!)?\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?/gi;

function columnNumber(letters: string): number {
  let number = 0;
  for (const letter of letters.toUpperCase()) number = number * 26 + (letter.charCodeAt(0) - 64);
  return number;
}

/**
 * The merged areas that Excel reports as one address ("'Bảng, điểm'!A1:B2,'Bảng, điểm'!C3:D3"),
 * as 0-based offsets from the grid's top-left cell (`originRow`, `originColumn`, 1-based). A
 * sheet name may hold commas and apostrophes; the address is read area by area, not split.
 */
export function mergedAreasOf(
  address: string,
  originRow: number,
  originColumn: number
): MergedArea[] {
  const areas: MergedArea[] = [];
  for (const match of address.matchAll(AREA)) {
    const [, firstColumn = "A", firstRow = "1", lastColumn = firstColumn, lastRow = firstRow] =
      match;
    areas.push({
      top: Math.min(Number(firstRow), Number(lastRow)) - originRow,
      left: Math.min(columnNumber(firstColumn), columnNumber(lastColumn)) - originColumn,
      bottom: Math.max(Number(firstRow), Number(lastRow)) - originRow,
      right: Math.max(columnNumber(firstColumn), columnNumber(lastColumn)) - originColumn,
    });
  }
  return areas;
}
