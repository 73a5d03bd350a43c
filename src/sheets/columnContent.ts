import type { Grid } from "./grid";
import { cellContent } from "./cellCache";

/**
 * What the first rows under a header hold in one column: "numbers" when most non-blank cells are
 * numbers (or numbers written as text), "text" otherwise, "empty" when all are blank.
 */
export function columnContent(
  grid: Grid,
  column: number,
  fromRow: number,
  rows = 15
): "numbers" | "text" | "empty" {
  let numbers = 0;
  let others = 0;
  for (let row = fromRow; row < fromRow + rows; row += 1) {
    const content = cellContent(grid, row, column);
    if (content === "number") {
      numbers += 1;
    } else if (content === "text") {
      others += 1;
    }
  }
  if (numbers + others === 0) {
    return "empty";
  }
  return numbers >= 2 * others ? "numbers" : "text";
}
