import { localized } from "../../core/localized";
import { argumentLabel, type ArgumentName } from "./argumentNames";
import { cellError } from "./cellError";
import { inputError } from "./inputError";
import type { Cell, Matrix } from "./types";

interface Argument<Name> {
  readonly name: Name;
  /** Null for an omitted argument. */
  readonly matrix: Matrix | null;
  readonly rows: number;
  readonly columns: number;
}

/**
 * Applies `compute` cell by cell across ranges, the way Excel's own array arithmetic does: the
 * result has as many rows and columns as the largest argument; an argument of one row (or one
 * column, or one cell) is repeated along the other; a cell beyond a smaller argument's edge is
 * `#N/A`. An omitted argument (null) gives null to every cell. A cell whose inputs hold an Excel
 * error gets that error (the first, in argument order) without calling `compute`.
 */
export function mapCells<Name extends ArgumentName>(
  args: Readonly<Record<Name, Matrix | null | undefined>>,
  compute: (values: Readonly<Record<Name, unknown>>) => Cell
): Cell[][] {
  const list: Argument<Name>[] = (Object.keys(args) as Name[]).map((name) => {
    const matrix = args[name];
    const present = Array.isArray(matrix) && matrix.length > 0 && Array.isArray(matrix[0]);
    return present
      ? { name, matrix, rows: matrix.length, columns: matrix[0]!.length }
      : { name, matrix: null, rows: 1, columns: 1 };
  });
  const rows = Math.max(1, ...list.map((arg) => arg.rows));
  const columns = Math.max(1, ...list.map((arg) => arg.columns));
  const values = {} as Record<Name, unknown>;
  // Rows sized once: grown by push, a row of one cell would hold room for sixteen.
  const result = new Array<Cell[]>(rows);
  for (let row = 0; row < rows; row++) {
    const line = new Array<Cell>(columns);
    for (let column = 0; column < columns; column++) {
      line[column] = fill(list, row, column, values) ?? compute(values);
    }
    result[row] = line;
  }
  return result;
}

/** Fills `values` for one cell; returns an error cell instead when an input cannot give one. */
function fill<Name extends ArgumentName>(
  list: readonly Argument<Name>[],
  row: number,
  column: number,
  values: Record<Name, unknown>
): Cell | null {
  for (const { name, matrix, rows, columns } of list) {
    if (matrix === null) {
      values[name] = null;
      continue;
    }
    if ((rows > 1 && row >= rows) || (columns > 1 && column >= columns)) return outsideRange(name);
    const value = matrix[rows === 1 ? 0 : row]![columns === 1 ? 0 : column];
    if (typeof value === "object" && value !== null) {
      const error = inputError(value, name);
      if (error) return error;
    }
    values[name] = value;
  }
  return null;
}

function outsideRange(name: ArgumentName): Cell {
  const label = argumentLabel(name);
  return cellError(
    localized(
      `${label.vi} có ít hàng hoặc cột hơn các đối số khác: không có giá trị cho ô này.`,
      `${label.en} has fewer rows or columns than the other arguments: no value for this cell.`
    ),
    CustomFunctions.ErrorCode.notAvailable
  );
}
