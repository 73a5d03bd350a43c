import type { Location } from "../core/problem";
import { cellAddress } from "./address";

/** The engine's location of a cell: its sheet and A1 address. */
export function cellLocation(sheet: string, row: number, column: number): Location {
  return { sheet, cell: cellAddress(row, column) };
}
