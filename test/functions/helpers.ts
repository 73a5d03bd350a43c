/** Helpers for the THIDUA function tests. */

/**
 * What Excel passes for an omitted optional argument. The parameters are typed as ranges only
 * because the metadata generator needs bare array types, so null is cast here.
 */
export const OMITTED = null as unknown as unknown[][];

/** A column range from values, as Excel passes it: [[a], [b], …]. */
export function column(...values: unknown[]): unknown[][] {
  return values.map((value) => [value]);
}

/** An Excel error cell as it arrives in a range. */
export function errorCell(code: CustomFunctions.ErrorCode): CustomFunctions.Error {
  return new CustomFunctions.Error(code);
}

/** The error's code and message, for assertions; throws when the cell is not an error. */
export function errorOf(cell: unknown): { code: string; message: string } {
  if (!(cell instanceof CustomFunctions.Error))
    throw new Error(`Expected an error cell, got ${JSON.stringify(cell)}`);
  return { code: cell.code, message: cell.message ?? "" };
}

/** The first cell of a result. */
export function first(result: readonly (readonly unknown[])[]): unknown {
  return result[0]?.[0];
}

/** The first column of a result, as a list. */
export function firstColumn(result: readonly (readonly unknown[])[]): unknown[] {
  return result.map((row) => row[0]);
}
