import type { SheetSpec } from "../documents";
import type { CellValue, Grid } from "../sheets";

/**
 * A short fingerprint of a sheet's values, the same for a spec as written and for the grid read
 * back from it, so the pane can tell whether someone edited a generated sheet before it is
 * replaced. Formatting is ignored; only values count.
 */
export function fingerprintSpec(spec: SheetSpec): string {
  return fingerprintRows(spec.rows.map((row) => row.map((cell) => cell?.value ?? null)));
}

export function fingerprintGrid(grid: Grid): string {
  const padding = Array.from({ length: grid.originColumn - 1 }, (): CellValue => null);
  const rows = [
    ...Array.from({ length: grid.originRow - 1 }, (): CellValue[] => []),
    ...grid.values.map((row) => [...padding, ...row]),
  ];
  return fingerprintRows(rows);
}

function fingerprintRows(rows: readonly (readonly CellValue[])[]): string {
  const lines = rows.map((row) => {
    const cells = row.map(canonical);
    while (cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
    return cells.join("\u001f");
  });
  while (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  return fnv1a(lines.join("\u001e"));
}

function canonical(value: CellValue): string {
  if (value === null) return "";
  if (typeof value === "number") return String(Math.round(value * 1e9) / 1e9);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return value;
}

/** FNV-1a, 32 bits, as hex: enough to notice an edit, not a security measure. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}
