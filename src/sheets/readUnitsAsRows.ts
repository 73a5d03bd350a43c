import { localized } from "../core/localized";
import type { CriterionInput, CriterionScore } from "../core/model";
import type { Problem } from "../core/problem";
import { normalizeText } from "../core/text";
import { cellLocation } from "./cellLocation";
import { cellProblem } from "./cellProblem";
import type { DetectedTable, ScoreColumns } from "./detectedTable";
import type { Grid } from "./grid";
import { isTotalLabel } from "./isTotalLabel";
import { readNumberCell } from "./readNumberCell";
import type { ScoreSheetRead, UnitScoresRead } from "./scoreSheetRead";
import { cellText, rawCell } from "./sheetCells";

const GROUP = /\b(?:nhóm|nhom|phần|phan|group|part)\s+([IVXLC]+|[A-Z]|\d+)\b/iu;

/**
 * Reads a scoring table with units as rows: one row per unit, one column (or a pair Tự chấm |
 * Khối chấm) per content group or criterion, with maximum points in the header ("Nhóm I (300
 * điểm)") or a "Điểm chuẩn" row; bonus and deduction columns; total columns are not read (the
 * engine adds up). A table with only Tự chấm / Khối chấm columns is one criterion, the unit's whole
 * score, whose maximum is `maxTotal` when the sheet gives none.
 */
export function readUnitsAsRows(
  grid: Grid,
  table: DetectedTable,
  problems: Problem[],
  maxTotal: number
): ScoreSheetRead {
  const groups = table.scoreColumns ?? [];
  const scored = groups.filter((group) => group.role === "criterion" || group.role === "points");
  const usedIds = new Set<string>();
  const criteria: CriterionInput[] = scored.map((group, index) => {
    const code = GROUP.exec(group.title)?.[1]?.toUpperCase() ?? String(index + 1);
    const id = usedIds.has(code) ? `c${index + 1}` : code;
    usedIds.add(id);
    const maxPoints =
      group.maxPoints ?? (group.role === "points" && scored.length === 1 ? maxTotal : null);
    const title = group.role === "points" ? "Tổng điểm" : group.title;
    const cell = group.titleCell ?? {
      row: table.headerRow,
      column: group.blocColumn ?? group.selfColumn ?? 1,
    };
    if (maxPoints === null) {
      problems.push(
        cellProblem(
          "criterion.noMaximum",
          "error",
          { sheet: grid.sheetName, ...cell },
          localized(
            `cột “${title}” không ghi điểm chuẩn: ghi vào tiêu đề, ví dụ “${title} (300 điểm)”, hoặc thêm dòng “Điểm chuẩn” dưới tiêu đề.`,
            `the column “${title}” gives no maximum points: write it in the header, e.g. “${title} (300 điểm)”, or add a “Điểm chuẩn” row under the header.`
          )
        )
      );
    }
    return {
      id,
      code,
      title,
      group: GROUP.test(group.title) ? code : title,
      maxPoints,
      location: cellLocation(grid.sheetName, cell.row, cell.column),
    };
  });
  const nameColumn = table.columns.unit?.column;
  const units: UnitScoresRead[] = [];
  if (nameColumn === undefined) {
    return { criteria, units };
  }
  for (let row = table.firstDataRow; row <= table.lastDataRow; row += 1) {
    const value = rawCell(grid, row, nameColumn);
    const name = normalizeText(cellText(value));
    if (name === "" || isTotalLabel(value)) {
      continue;
    }
    const read = (group: ScoreColumns) => ({
      self: readNumberCell(grid, row, group.selfColumn, problems, "score.notNumber"),
      bloc: readNumberCell(grid, row, group.blocColumn, problems, "score.notNumber"),
      location: cellLocation(
        grid.sheetName,
        row,
        group.blocColumn ?? group.selfColumn ?? nameColumn
      ),
    });
    const scores: CriterionScore[] = scored.map((group, index) => ({
      criterionId: criteria[index]?.id ?? "",
      ...read(group),
    }));
    const bonus = groups.find((group) => group.role === "bonus");
    const deduction = groups.find((group) => group.role === "deduction");
    units.push({
      name,
      cell: { sheet: grid.sheetName, row, column: nameColumn },
      criteria: scores,
      ...(bonus === undefined ? {} : { bonus: read(bonus) }),
      ...(deduction === undefined ? {} : { deduction: read(deduction) }),
    });
  }
  return { criteria, units };
}
