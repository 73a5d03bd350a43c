import { localized, type Localized } from "../core/localized";
import {
  problem,
  type Location,
  type Problem,
  type ProblemCode,
  type Severity,
} from "../core/problem";
import { cellAddress, qualifiedAddress, quotedSheetName } from "./address";

/**
 * A problem found in one cell, located by sheet and A1 address; the message starts with the cell
 * ("Ô 'Chấm điểm'!F12: …" / "Cell 'Chấm điểm'!F12: …") so that it reads well on its own.
 */
export function cellProblem(
  code: ProblemCode,
  severity: Severity,
  cell: { readonly sheet: string; readonly row: number; readonly column: number },
  message: Localized,
  unitId?: string
): Problem {
  const where = qualifiedAddress(cell.sheet, cell.row, cell.column);
  return problem(
    code,
    severity,
    localized(`Ô ${where}: ${message.vi}`, `Cell ${where}: ${message.en}`),
    {
      location: { sheet: cell.sheet, cell: cellAddress(cell.row, cell.column) },
      ...(unitId === undefined ? {} : { unitId }),
    }
  );
}

/** A problem at a known location (sheet and A1 cell), worded like `cellProblem`; without a cell, the message names the sheet. */
export function locatedProblem(
  code: ProblemCode,
  severity: Severity,
  location: Location,
  message: Localized,
  unitId?: string
): Problem {
  const where =
    location.cell === undefined
      ? quotedSheetName(location.sheet)
      : `${quotedSheetName(location.sheet)}!${location.cell}`;
  const prefix = location.cell === undefined ? localized("Trang", "Sheet") : localized("Ô", "Cell");
  return problem(
    code,
    severity,
    localized(`${prefix.vi} ${where}: ${message.vi}`, `${prefix.en} ${where}: ${message.en}`),
    {
      location,
      ...(unitId === undefined ? {} : { unitId }),
    }
  );
}
