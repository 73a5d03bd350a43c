import { columnsPixels } from "./pageGeometry";

/**
 * Width the right block needs so that "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (12 pt, bold, about
 * 334 px in Times New Roman) stays on one line, as Decree 30/2020 prints it, with the cells' padding.
 */
const NATIONAL_TITLE_PIXELS = 350;

/**
 * How many columns, from the left, hold the agency block; the rest hold the national title,
 * the motto and the date. The left block takes as many columns as leave the right block wide
 * enough for the national title on one line, and at least one column.
 */
export function headerSplit(widths: readonly number[]): number {
  let left = 1;
  for (let count = 2; count < widths.length; count += 1) {
    if (columnsPixels(widths.slice(count)) < NATIONAL_TITLE_PIXELS) break;
    left = count;
  }
  return left;
}
