import { widthBudget } from "./pageGeometry";

/**
 * Scales relative column weights to widths (in characters, by halves) that together fill the
 * printable width of an A4 portrait page without exceeding it.
 */
export function fitColumnWidths(weights: readonly number[]): number[] {
  const total = weights.reduce((sum, weight) => sum + Math.max(weight, 0), 0);
  if (total === 0) return weights.map(() => 0);
  const budget = widthBudget(weights.length);
  return weights.map((weight) => Math.floor((Math.max(weight, 0) / total) * budget * 2) / 2);
}
