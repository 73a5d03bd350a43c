import { localized } from "../../core/localized";
import { cellError } from "./cellError";
import { isUnitRow, rowName, type UnitRow, type UnitTable } from "./readUnitTable";
import type { Cell } from "./types";

/**
 * The rows of a spilled decision when some row is wrong: each unit's name, then its own error
 * in every other column, or, for the rows that are fine, an error pointing at the first bad row
 * (no decision is shown while part of the input is wrong). Blank rows stay blank.
 */
export function blockedRows(
  table: Pick<UnitTable, "scored">,
  rows: readonly UnitRow[],
  width: number
): Cell[][] {
  const first = rows.findIndex(isErrorRow);
  const elsewhere = cellError(
    localized(
      `Dòng ${first + 1} có lỗi; sửa dòng đó để có kết quả.`,
      `Row ${first + 1} has an error; fix it to get a result.`
    ),
    CustomFunctions.ErrorCode.notAvailable
  );
  return rows.map((row) => {
    if (!isUnitRow(row) && row.kind === "blank") return Array<Cell>(width).fill("");
    const error = isErrorRow(row) ? row.error : elsewhere;
    return [rowName(table, row), ...Array<Cell>(width - 1).fill(error)];
  });
}

/** True for a row that holds what is wrong with it. */
export function isErrorRow(row: UnitRow): row is Extract<UnitRow, { kind: "error" }> {
  return !isUnitRow(row) && row.kind === "error";
}
