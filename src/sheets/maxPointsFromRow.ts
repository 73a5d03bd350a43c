import { parseNumber } from "../core/text";
import type { ScoreColumns } from "./detectedTable";
import type { Grid } from "./grid";
import { isBlank, rawCell } from "./sheetCells";

/** Fills the maximum points of score columns from a "Điểm chuẩn" row, where the header gave none. */
export function maxPointsFromRow(
  grid: Grid,
  row: number,
  scoreColumns: readonly ScoreColumns[]
): ScoreColumns[] {
  return scoreColumns.map((group) => {
    if (group.maxPoints !== null) {
      return group;
    }
    const column = group.blocColumn ?? group.selfColumn;
    const value = column === null ? null : rawCell(grid, row, column);
    if (isBlank(value) || typeof value === "boolean") {
      return group;
    }
    const parsed = parseNumber(value);
    return parsed.ok ? { ...group, maxPoints: parsed.value } : group;
  });
}
