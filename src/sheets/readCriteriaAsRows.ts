import { localized } from "../core/localized";
import type { CriterionInput, CriterionScore, QuantitativeTarget } from "../core/model";
import type { Problem } from "../core/problem";
import { normalizeText } from "../core/text";
import { cellLocation } from "./cellLocation";
import { cellProblem } from "./cellProblem";
import { criterionRowKind, type CriterionRowKind } from "./criterionRowKind";
import type { DetectedTable } from "./detectedTable";
import type { Grid } from "./grid";
import { readNumberCell } from "./readNumberCell";
import { readTarget } from "./readTarget";
import type { ScoreSheetRead, UnitScoresRead } from "./scoreSheetRead";
import { cellText, isBlank, rawCell } from "./sheetCells";

interface CriterionRow {
  readonly row: number;
  readonly code: string;
  readonly depth: number;
  readonly title: string;
  readonly group: string;
}

/**
 * Reads a scoring table with criteria as rows. Supported layout: STT | criterion | max points
 * [| target] then, per unit, one column (the bloc's score) or a pair Tự chấm | Khối chấm under the
 * unit's (merged) name. Rows "I", "II" (or "A", "B") open content groups and their subtotals are
 * not read; a numbered row followed by deeper rows ("1" then "1.1", "a", "-") is a heading, not a
 * criterion; "Điểm thưởng" / "Điểm trừ" rows give each unit's bonus and deduction; "Tổng cộng" and
 * "Cộng" rows are skipped. A criterion's id is its group and STT ("II.1"), or "r" and its row
 * when it has no STT or the same STT comes twice. When a criterion row has a target (Chỉ tiêu), each unit's cell holds the
 * value it achieved (its `actual`), not points.
 */
export function readCriteriaAsRows(
  grid: Grid,
  table: DetectedTable,
  problems: Problem[]
): ScoreSheetRead {
  const sttColumn = table.columns.stt?.column;
  const titleColumn = table.columns.criterion?.column;
  const text = (row: number, column: number | undefined): string =>
    column === undefined ? "" : normalizeText(cellText(rawCell(grid, row, column)));
  const unitColumns = table.unitColumns ?? [];
  const rows: { row: number; kind: CriterionRowKind; title: string }[] = [];
  for (let row = table.firstDataRow; row <= table.lastDataRow; row += 1) {
    const title = text(row, titleColumn);
    const kind = criterionRowKind(text(row, sttColumn), title);
    const described = kind.kind !== "criterion" || kind.code !== "" || hasNumbers(grid, row, table);
    if (kind.kind !== "blank" && described) {
      rows.push({ row, kind, title });
    }
  }
  const criterionRows = criteriaOf(rows);
  const criteria: CriterionInput[] = [];
  const targets = new Map<string, QuantitativeTarget>();
  const usedIds = new Set<string>();
  for (const entry of criterionRows) {
    const wanted =
      entry.group === "" || entry.code === entry.group
        ? entry.code
        : `${entry.group}.${entry.code}`;
    const id = entry.code !== "" && !usedIds.has(wanted) ? wanted : `r${entry.row}`;
    usedIds.add(id);
    const maxPoints = readMaxPoints(grid, table, entry, problems);
    const target = readTarget(grid, entry.row, table.columns.target?.column, problems);
    if (target !== undefined) {
      targets.set(id, target);
    }
    criteria.push({
      id,
      code: entry.code,
      title: entry.title,
      group: entry.group,
      maxPoints,
      ...(target === undefined ? {} : { quantitative: target }),
      location: cellLocation(
        grid.sheetName,
        entry.row,
        titleColumn ?? sttColumn ?? table.headerRow
      ),
    });
  }
  const units: UnitScoresRead[] = unitColumns.map((unit) => {
    const scores: CriterionScore[] = criteria.map((criterion, index) => {
      const row = criterionRows[index]?.row ?? 0;
      const self = readNumberCell(grid, row, unit.selfColumn, problems, "score.notNumber");
      const bloc = readNumberCell(grid, row, unit.blocColumn, problems, "score.notNumber");
      const column = unit.blocColumn ?? unit.selfColumn ?? 0;
      const location = cellLocation(grid.sheetName, row, column);
      if (targets.has(criterion.id)) {
        return { criterionId: criterion.id, actual: bloc ?? self, location };
      }
      return { criterionId: criterion.id, self, bloc, location };
    });
    const extra = (kind: "bonus" | "deduction") => {
      const found = rows.find((entry) => entry.kind.kind === kind);
      if (found === undefined) {
        return undefined;
      }
      return {
        self: readNumberCell(grid, found.row, unit.selfColumn, problems, "score.notNumber"),
        bloc: readNumberCell(grid, found.row, unit.blocColumn, problems, "score.notNumber"),
        location: cellLocation(grid.sheetName, found.row, unit.blocColumn ?? unit.selfColumn ?? 0),
      };
    };
    const bonus = extra("bonus");
    const deduction = extra("deduction");
    const nameCell = unit.nameCell ?? {
      row: table.headerRow,
      column: unit.blocColumn ?? unit.selfColumn ?? 0,
    };
    return {
      name: unit.unitName,
      cell: { sheet: grid.sheetName, ...nameCell },
      criteria: scores,
      ...(bonus === undefined ? {} : { bonus }),
      ...(deduction === undefined ? {} : { deduction }),
    };
  });
  return { criteria, units };
}

/** The rows that are criteria: not headings of deeper rows; a group with no criteria counts as one. */
function criteriaOf(
  rows: readonly { row: number; kind: CriterionRowKind; title: string }[]
): CriterionRow[] {
  const result: CriterionRow[] = [];
  let group = "";
  rows.forEach((entry, index) => {
    if (entry.kind.kind === "group") {
      group = entry.kind.group;
      const next = rows[index + 1]?.kind;
      if (next === undefined || next.kind !== "criterion") {
        result.push({ row: entry.row, code: group, depth: 0, title: entry.title, group });
      }
      return;
    }
    if (entry.kind.kind !== "criterion") {
      return;
    }
    const next = rows[index + 1]?.kind;
    if (next !== undefined && next.kind === "criterion" && next.depth > entry.kind.depth) {
      return;
    }
    result.push({
      row: entry.row,
      code: entry.kind.code,
      depth: entry.kind.depth,
      title: entry.title,
      group,
    });
  });
  return result;
}

function readMaxPoints(
  grid: Grid,
  table: DetectedTable,
  entry: CriterionRow,
  problems: Problem[]
): number | null {
  const column = table.columns.maxPoints?.column;
  const at = {
    sheet: grid.sheetName,
    row: entry.row,
    column: column ?? table.columns.criterion?.column ?? 1,
  };
  const value = column === undefined ? null : rawCell(grid, entry.row, column);
  const maxPoints = readNumberCell(grid, entry.row, column, [], "score.notNumber");
  if (maxPoints !== null) {
    return maxPoints;
  }
  const label = entry.code === "" ? `“${entry.title}”` : `${entry.code} “${entry.title}”`;
  problems.push(
    cellProblem(
      "criterion.noMaximum",
      "error",
      at,
      isBlank(value)
        ? localized(
            `tiêu chí ${label} không có điểm chuẩn (điểm tối đa).`,
            `the criterion ${label} has no maximum points.`
          )
        : localized(
            `điểm chuẩn “${String(value)}” của tiêu chí ${label} không phải là số.`,
            `the maximum “${String(value)}” of the criterion ${label} is not a number.`
          )
    )
  );
  return null;
}

/** True when the row has a number in its max-points column or any unit column. */
function hasNumbers(grid: Grid, row: number, table: DetectedTable): boolean {
  const columns = [
    table.columns.maxPoints?.column,
    ...(table.unitColumns ?? []).flatMap((unit) => [unit.selfColumn, unit.blocColumn]),
  ];
  return columns.some(
    (column) => column !== undefined && column !== null && !isBlank(rawCell(grid, row, column))
  );
}
