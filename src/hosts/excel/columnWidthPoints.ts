/**
 * A column width given in characters (as a sheet spec and exceljs give it) in points, as
 * Office.js sets it: about 5.6 points per character of Times New Roman 12–13 (the width of a
 * digit), plus 3 points of cell padding, to one decimal. 20 characters → 115 points.
 */
export function columnWidthPoints(characters: number): number {
  return Math.round((characters * 5.6 + 3) * 10) / 10;
}
