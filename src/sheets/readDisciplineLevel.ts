import { localized } from "../core/localized";
import type { Problem } from "../core/problem";
import { parseNumber } from "../core/text";
import { cellProblem } from "./cellProblem";
import type { Grid } from "./grid";
import { headerKey } from "./headerKey";
import { isBlank, rawCell } from "./sheetCells";

/**
 * Discipline forms, from the mildest, and the level each stands for (the profile's
 * `disciplineAtLeast` compares with it): khiển trách 1, cảnh cáo 2, hạ bậc lương / giáng chức 3,
 * cách chức 4, buộc thôi việc / giải tán 5.
 */
const LEVELS: readonly [RegExp, number][] = [
  [/^(khong|khong co|no|none|0|-)$/, 0],
  [/khien trach|reprimand/, 1],
  [/canh cao|warning/, 2],
  [/ha bac luong|giang chuc|demotion/, 3],
  [/cach chuc|dismissal from office/, 4],
  [/buoc thoi viec|giai tan|dismissal|dissolution/, 5],
];

/** The discipline level in a cell: a number, or a discipline form in words; blank is 0. */
export function readDisciplineLevel(
  grid: Grid,
  row: number,
  column: number | undefined,
  problems: Problem[],
  unitId: string
): number {
  const value = column === undefined ? null : rawCell(grid, row, column);
  if (column === undefined || isBlank(value) || value === false) {
    return 0;
  }
  if (typeof value !== "boolean") {
    const number = parseNumber(value);
    if (number.ok) {
      return number.value;
    }
    const key = headerKey(value);
    const level = LEVELS.find(([pattern]) => pattern.test(key));
    if (level !== undefined) {
      return level[1];
    }
  }
  problems.push(
    cellProblem(
      "text.notNumber",
      "error",
      { sheet: grid.sheetName, row, column },
      localized(
        `không hiểu mức kỷ luật “${String(value)}”: ghi một số (0 = không) hoặc hình thức (khiển trách, cảnh cáo, …).`,
        `the discipline level “${String(value)}” is not understood: write a number (0 = none) or the form (khiển trách, cảnh cáo, …).`
      ),
      unitId
    )
  );
  return 0;
}
