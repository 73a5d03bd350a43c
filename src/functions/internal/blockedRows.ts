import { localized } from "../../core/localized";
import { cellError } from "./cellError";
import type { UnitRow } from "./readUnitTable";
import type { Cell } from "./types";

/**
 * The rows of a spilled decision when some row is wrong: each unit's name, then its own error
 * in every other column, or, for the rows that are fine, an error pointing at the first bad row
 * (no decision is shown while part of the input is wrong). Blank rows stay blank.
 */
export function blockedRows(rows: readonly UnitRow[], width: number): Cell[][] {
  const first = rows.findIndex((row) => row.kind === "error");
  const elsewhere = cellError(
    localized(
      `Dòng ${first + 1} có lỗi; sửa dòng đó để có kết quả.`,
      `Row ${first + 1} has an error; fix it to get a result.`
    ),
    CustomFunctions.ErrorCode.notAvailable
  );
  return rows.map((row) => {
    if (row.kind === "blank") return Array<Cell>(width).fill("");
    const error = row.kind === "error" ? row.error : elsewhere;
    const name = row.kind === "error" ? row.name : row.unit.name;
    return [name, ...Array<Cell>(width - 1).fill(error)];
  });
}
