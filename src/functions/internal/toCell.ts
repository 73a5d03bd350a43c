import type { Outcome } from "../../core/outcome";
import { cellError } from "./cellError";
import type { Cell } from "./types";

/** The value for a cell, or `#VALUE!` with the failure's message in both languages. */
export function toCell(outcome: Outcome<number | string | boolean>): Cell {
  return outcome.ok ? outcome.value : cellError(outcome.error);
}
