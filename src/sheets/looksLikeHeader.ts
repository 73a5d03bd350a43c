import { cellHeaderClass } from "./cellCache";
import type { Grid } from "./grid";

/** A header row has at least two different labels and more text than numbers. */
export function looksLikeHeader(
  grid: Grid,
  row: number,
  fromColumn: number,
  toColumn: number
): boolean {
  const texts = new Set<string>();
  let numbers = 0;
  for (let column = fromColumn; column <= toColumn; column += 1) {
    const cell = cellHeaderClass(grid, row, column);
    if (cell.kind === "text") {
      texts.add(cell.text);
    } else if (cell.kind === "number") {
      numbers += 1;
    }
  }
  return texts.size >= 2 && numbers * 2 <= texts.size;
}
