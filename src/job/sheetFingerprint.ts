import type { SheetSpec, SpecCell } from "../documents";
import type { CellValue, Grid } from "../sheets";

/**
 * A short fingerprint of a sheet's values, the same for a spec as written and for the grid read
 * back from it, so the pane can tell whether someone edited a generated sheet before it is
 * replaced. Formatting is ignored; only values count.
 */
export function fingerprintSpec(spec: SheetSpec): string {
  // Read in place: a province's 161 sheets would otherwise be copied cell by cell to be hashed.
  return fingerprintRows(spec.rows, specCellValue);
}

function specCellValue(cell: SpecCell | null | undefined): CellValue {
  return cell?.value ?? null;
}

export function fingerprintGrid(grid: Grid): string {
  const padding = Array.from({ length: grid.originColumn - 1 }, (): CellValue => null);
  const rows = [
    ...Array.from({ length: grid.originRow - 1 }, (): CellValue[] => []),
    ...grid.values.map((row) => [...padding, ...row]),
  ];
  return fingerprintRows(rows, gridCellValue);
}

function gridCellValue(value: CellValue | undefined): CellValue {
  return value ?? null;
}

/**
 * FNV-1a of `lines.join(RS)`, each line being a row's canonical cells joined by US, with blank
 * cells at the end of a row and blank rows at the end of the sheet left out. Hashed as it is
 * read: a province's sheets would otherwise be joined into megabytes of text only to be hashed.
 */
function fingerprintRows<Cell>(
  rows: readonly (readonly Cell[])[],
  valueOf: (cell: Cell | undefined) => CellValue
): string {
  let hash = FNV_OFFSET;
  let wroteLine = false;
  let blankLines = 0;
  for (const row of rows) {
    let length = row.length;
    while (length > 0 && canonical(valueOf(row[length - 1])) === "") length -= 1;
    if (length === 0) {
      blankLines += 1;
      continue;
    }
    // Blank rows between written ones still count, as empty lines.
    for (let line = wroteLine ? 0 : 1; line <= blankLines; line += 1) {
      hash = fnv1a(hash, RECORD_SEPARATOR);
    }
    wroteLine = true;
    blankLines = 0;
    for (let column = 0; column < length; column += 1) {
      if (column > 0) hash = fnv1a(hash, UNIT_SEPARATOR);
      hash = fnv1a(hash, canonical(valueOf(row[column])));
    }
  }
  return hash.toString(16).padStart(8, "0");
}

const RECORD_SEPARATOR = "\u001e";
const UNIT_SEPARATOR = "\u001f";

function canonical(value: CellValue): string {
  if (value === null) return "";
  if (typeof value === "number") return String(Math.round(value * 1e9) / 1e9);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return value;
}

const FNV_OFFSET = 0x811c9dc5;

/** FNV-1a, 32 bits, carried on over `text`: enough to notice an edit, not a security measure. */
function fnv1a(start: number, text: string): number {
  let hash = start;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
