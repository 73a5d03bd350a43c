/**
 * The printable width of an A4 portrait page and how Excel's column widths map onto it.
 *
 * Assumptions (documented because every width and row height depends on them):
 * - A4 is 210 mm wide; Decree 30/2020 margins of 30 mm left and 15 mm right leave 165 mm.
 * - A column width is counted in characters of the workbook's default font (Calibri 11, whose
 *   widest digit is 7 px at 96 dpi); a column `w` characters wide is `7·w + 5` px on screen and
 *   on paper at 100 % scale. One character of width is therefore about 1.85 mm (≈ 1.9 mm).
 * - Times New Roman at 12 pt averages about one width character per lower-case letter, so the
 *   tables' widths read roughly as "characters of table text".
 * `fitToPageWidth` is set as well, so a small error shrinks the print a little instead of
 * spilling a column onto a second page.
 */
export const PAGE_GEOMETRY = {
  paperWidthMm: 210,
  marginsMm: { top: 20, bottom: 20, left: 30, right: 15 },
  pixelsPerMm: 96 / 25.4,
  pixelsPerWidthUnit: 7,
  columnPaddingPixels: 5,
} as const;

/** Printable width in pixels at 96 dpi (165 mm ≈ 623 px). */
export function printableWidthPixels(): number {
  const { paperWidthMm, marginsMm, pixelsPerMm } = PAGE_GEOMETRY;
  return (paperWidthMm - marginsMm.left - marginsMm.right) * pixelsPerMm;
}

/** Pixels taken by columns of the given widths (in characters). */
export function columnsPixels(widths: readonly number[]): number {
  const { pixelsPerWidthUnit, columnPaddingPixels } = PAGE_GEOMETRY;
  return widths.reduce((sum, width) => sum + width * pixelsPerWidthUnit + columnPaddingPixels, 0);
}

/** The total of column widths (in characters) that `count` columns may take to fit the page. */
export function widthBudget(count: number): number {
  const { pixelsPerWidthUnit, columnPaddingPixels } = PAGE_GEOMETRY;
  return (printableWidthPixels() - count * columnPaddingPixels) / pixelsPerWidthUnit;
}
