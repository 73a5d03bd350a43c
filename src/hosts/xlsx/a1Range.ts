/** A rectangle of cells, 1-based and inclusive. */
export interface CellRectangle {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

function columnNumber(letters: string): number {
  let number = 0;
  for (const letter of letters.toUpperCase()) number = number * 26 + (letter.charCodeAt(0) - 64);
  return number;
}

/** "B3:D7" (or "$B$3:$D$7", or one cell "B3") as a rectangle; null when it is not an A1 reference. */
export function a1Range(reference: string): CellRectangle | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(
    reference.trim()
  );
  if (match === null) return null;
  const [, firstColumn = "", firstRow = "", lastColumn = firstColumn, lastRow = firstRow] = match;
  const columns = [columnNumber(firstColumn), columnNumber(lastColumn)];
  const rows = [Number(firstRow), Number(lastRow)];
  return {
    top: Math.min(...rows),
    left: Math.min(...columns),
    bottom: Math.max(...rows),
    right: Math.max(...columns),
  };
}
