/** Reading helpers for sheet specs in tests. */
import type { SheetSpec, SpecCell, SpecRange } from "../../../src/documents/sheetSpec";

export interface FoundCell {
  /** 1-based. */
  readonly row: number;
  /** 1-based. */
  readonly column: number;
  readonly cell: SpecCell;
}

/** Every non-empty cell, top to bottom, left to right. */
export function allCells(spec: SheetSpec): FoundCell[] {
  const found: FoundCell[] = [];
  spec.rows.forEach((row, rowIndex) =>
    row.forEach((cell, columnIndex) => {
      if (cell !== null) found.push({ row: rowIndex + 1, column: columnIndex + 1, cell });
    })
  );
  return found;
}

/** The first cell whose value is exactly `value`; throws (a test failure) when none. */
export function findCell(spec: SheetSpec, value: string | number): FoundCell {
  const found = allCells(spec).find((entry) => entry.cell.value === value);
  if (found === undefined)
    throw new Error(`No cell holds ${JSON.stringify(value)} in ${spec.name}`);
  return found;
}

/** The first cell whose text contains `part`; throws when none. */
export function findCellContaining(spec: SheetSpec, part: string): FoundCell {
  const found = allCells(spec).find(
    (entry) => typeof entry.cell.value === "string" && entry.cell.value.includes(part)
  );
  if (found === undefined)
    throw new Error(`No cell contains ${JSON.stringify(part)} in ${spec.name}`);
  return found;
}

/** The values of a 1-based row (null for an empty cell). */
export function rowValues(spec: SheetSpec, row: number): (string | number | boolean | null)[] {
  return (spec.rows[row - 1] ?? []).map((cell) => (cell === null ? null : cell.value));
}

/** The merged range anchored at a cell, if any. */
export function mergeAt(spec: SheetSpec, row: number, column: number): SpecRange | undefined {
  return spec.merges.find((merge) => merge.top === row && merge.left === column);
}

/** Structural soundness every document must have; returns the broken rules (empty when sound). */
export function structuralFaults(spec: SheetSpec): string[] {
  const faults: string[] = [];
  const width = spec.columnWidths.length;
  spec.rows.forEach((row, index) => {
    if (row.length !== width) faults.push(`row ${index + 1} has ${row.length} cells, not ${width}`);
  });
  spec.merges.forEach((merge, index) => {
    if (merge.left < 1 || merge.right > width || merge.top < 1 || merge.bottom > spec.rows.length) {
      faults.push(`merge ${index} is outside the sheet`);
    }
    if (merge.right < merge.left || merge.bottom < merge.top)
      faults.push(`merge ${index} is inverted`);
    spec.merges.slice(index + 1).forEach((other) => {
      if (
        other.top <= merge.bottom &&
        merge.top <= other.bottom &&
        other.left <= merge.right &&
        merge.left <= other.right
      ) {
        faults.push(`merges overlap at rows ${merge.top} and ${other.top}`);
      }
    });
    for (let row = merge.top; row <= merge.bottom; row += 1) {
      for (let column = merge.left; column <= merge.right; column += 1) {
        const covered = row !== merge.top || column !== merge.left;
        if (covered && spec.rows[row - 1]?.[column - 1] !== null)
          faults.push(`covered cell ${row}:${column} holds a value`);
      }
    }
  });
  if (spec.name.length > 31 || /[:\\/?*[\]]/.test(spec.name))
    faults.push(`illegal sheet name ${spec.name}`);
  const titles = spec.page.printTitleRows;
  if (titles !== null && (titles.first < 1 || titles.last > spec.rows.length))
    faults.push("print titles outside the sheet");
  return faults;
}
