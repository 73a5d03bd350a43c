import type { CellValue, Grid } from "../../../src/sheets/grid";

/** Options of `makeGrid`: merges and Excel Tables as A1 ranges in sheet coordinates. */
export interface GridOptions {
  readonly originRow?: number;
  readonly originColumn?: number;
  readonly merges?: readonly string[];
  readonly tables?: readonly { readonly name: string; readonly range: string }[];
}

/** A grid from rows of values; `values[0][0]` is the cell at the origin (A1 by default). */
export function makeGrid(
  sheetName: string,
  rows: readonly (readonly CellValue[])[],
  options: GridOptions = {}
): Grid {
  const originRow = options.originRow ?? 1;
  const originColumn = options.originColumn ?? 1;
  const offsets = (range: string) => {
    const [from, to] = range.split(":");
    const start = parseCell(from ?? "");
    const end = parseCell(to ?? from ?? "");
    return {
      top: start.row - originRow,
      left: start.column - originColumn,
      bottom: end.row - originRow,
      right: end.column - originColumn,
    };
  };
  return {
    sheetName,
    originRow,
    originColumn,
    values: rows.map((row) => [...row]),
    merges: (options.merges ?? []).map(offsets),
    tables: (options.tables ?? []).map((table) => ({ name: table.name, ...offsets(table.range) })),
  };
}

function parseCell(address: string): { row: number; column: number } {
  const match = /^([A-Z]+)(\d+)$/.exec(address);
  if (match === null) {
    throw new Error(`Not an A1 address: ${address}`);
  }
  const letters = match[1] ?? "";
  let column = 0;
  for (const letter of letters) {
    column = column * 26 + (letter.charCodeAt(0) - 64);
  }
  return { row: Number(match[2]), column };
}
