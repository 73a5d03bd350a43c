const NAMES: string[] = [];

/** A column's letters, as A1 references write them: 1 → "A", 27 → "AA" (remembered once made). */
export function columnName(column: number): string {
  let name = NAMES[column];
  if (name === undefined) {
    name = "";
    for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) {
      name = String.fromCharCode(65 + ((rest - 1) % 26)) + name;
    }
    NAMES[column] = name;
  }
  return name;
}
