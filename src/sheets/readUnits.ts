import { localized } from "../core/localized";
import type { UnitInput } from "../core/model";
import type { Problem } from "../core/problem";
import { nameKey, normalizeText } from "../core/text";
import { cellLocation } from "./cellLocation";
import { cellProblem } from "./cellProblem";
import type { DetectedTable } from "./detectedTable";
import type { Grid } from "./grid";
import { isTotalLabel } from "./isTotalLabel";
import { readNumberCell } from "./readNumberCell";
import { cellText, rawCell } from "./sheetCells";

/** A unit read from the units table, with the bloc it belongs to when the table has a bloc column. */
export interface UnitRow {
  readonly unit: UnitInput;
  /** The bloc's name as written; null without a bloc column (or a blank cell). */
  readonly blocName: string | null;
}

/**
 * The units table's rows: id = `nameKey(name)`; a second row with the same key is reported as
 * `unit.duplicate` and left out. Share of women is read as a fraction (85, "85%" and 0.85 all give 0.85).
 */
export function readUnits(grid: Grid, table: DetectedTable, problems: Problem[]): UnitRow[] {
  const rows: UnitRow[] = [];
  const seen = new Map<string, number>();
  const column = (field: string): number | undefined => table.columns[field]?.column;
  const nameColumn = column("name");
  if (nameColumn === undefined) {
    return rows;
  }
  for (let row = table.firstDataRow; row <= table.lastDataRow; row += 1) {
    const value = rawCell(grid, row, nameColumn);
    const name = normalizeText(cellText(value));
    if (name === "" || isTotalLabel(value)) {
      continue;
    }
    const id = nameKey(name);
    const firstRow = seen.get(id);
    if (firstRow !== undefined) {
      problems.push(
        cellProblem(
          "unit.duplicate",
          "error",
          { sheet: grid.sheetName, row, column: nameColumn },
          localized(
            `đơn vị “${name}” đã có ở dòng ${firstRow} của bảng danh sách; dòng này bị bỏ qua.`,
            `the unit “${name}” is already listed on row ${firstRow}; this row is ignored.`
          ),
          id
        )
      );
      continue;
    }
    seen.set(id, row);
    const text = (field: string): string | undefined => {
      const at = column(field);
      const content = at === undefined ? "" : normalizeText(cellText(rawCell(grid, row, at)));
      return content === "" ? undefined : content;
    };
    const rotationOrder = readNumberCell(
      grid,
      row,
      column("rotationOrder"),
      problems,
      "text.notNumber",
      id
    );
    const women = readNumberCell(grid, row, column("womenShare"), problems, "text.notNumber", id);
    const shortName = text("shortName");
    const headName = text("headName");
    const headTitle = text("headTitle");
    const unit: UnitInput = {
      id,
      name,
      ...(shortName === undefined ? {} : { shortName }),
      ...(rotationOrder === null ? {} : { rotationOrder }),
      ...(women === null ? {} : { womenShare: women > 1 ? women / 100 : women }),
      ...(headName === undefined ? {} : { headName }),
      ...(headTitle === undefined ? {} : { headTitle }),
      location: cellLocation(grid.sheetName, row, nameColumn),
    };
    rows.push({ unit, blocName: text("bloc") ?? null });
  }
  return rows;
}
