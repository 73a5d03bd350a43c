import { localized } from "../core/localized";
import type { QuantitativeTarget } from "../core/model";
import type { Problem } from "../core/problem";
import { foldDiacritics, parseNumber } from "../core/text";
import { cellProblem } from "./cellProblem";
import type { Grid } from "./grid";
import { isBlank, rawCell } from "./sheetCells";

const LOWER_IS_BETTER = /^(≤|<=|<|toi da|khong qua|duoi|max|at most|no more than)\s*/;

/**
 * A criterion's target (chỉ tiêu): a number, or a number after "≤", "tối đa", "không quá", "at most"
 * when lower is better ("≤ 2" accidents). Blank → undefined; anything else → `text.notNumber`.
 */
export function readTarget(
  grid: Grid,
  row: number,
  column: number | undefined,
  problems: Problem[]
): QuantitativeTarget | undefined {
  if (column === undefined) {
    return undefined;
  }
  const value = rawCell(grid, row, column);
  if (isBlank(value)) {
    return undefined;
  }
  if (typeof value === "number") {
    return { target: value, lowerIsBetter: false };
  }
  const text = foldDiacritics(String(value)).trim().toLowerCase();
  const lower = LOWER_IS_BETTER.exec(text);
  const parsed = parseNumber(
    lower === null ? text.replace(/^(≥|>=|>)\s*/, "") : text.slice(lower[0].length)
  );
  if (parsed.ok) {
    return { target: parsed.value, lowerIsBetter: lower !== null };
  }
  problems.push(
    cellProblem(
      "text.notNumber",
      "error",
      { sheet: grid.sheetName, row, column },
      localized(
        `chỉ tiêu “${String(value)}” không phải là số.`,
        `the target “${String(value)}” is not a number.`
      )
    )
  );
  return undefined;
}
