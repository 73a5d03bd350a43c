import type { ConditionInput } from "../core/model";
import type { Problem } from "../core/problem";
import { normalizeText } from "../core/text";
import { cellLocation } from "./cellLocation";
import type { DetectedTable } from "./detectedTable";
import type { Grid } from "./grid";
import { isTotalLabel } from "./isTotalLabel";
import { readDisciplineLevel } from "./readDisciplineLevel";
import { readFlag } from "./readFlag";
import { cellText, rawCell } from "./sheetCells";
import type { UnitDirectory } from "./unitDirectory";

/** The conditions table: per unit, discipline level, investigation, complaint and notes. */
export function readConditions(
  grid: Grid,
  table: DetectedTable,
  directory: UnitDirectory,
  problems: Problem[]
): ConditionInput[] {
  const column = (field: string): number | undefined => table.columns[field]?.column;
  const unitColumn = column("unit");
  const conditions: ConditionInput[] = [];
  if (unitColumn === undefined) {
    return conditions;
  }
  for (let row = table.firstDataRow; row <= table.lastDataRow; row += 1) {
    const nameValue = rawCell(grid, row, unitColumn);
    const name = normalizeText(cellText(nameValue));
    if (name === "" || isTotalLabel(nameValue)) {
      continue;
    }
    const unitId = directory.resolve(
      name,
      { sheet: grid.sheetName, row, column: unitColumn },
      problems
    );
    if (unitId === null) {
      continue;
    }
    const notesColumn = column("notes");
    const notes =
      notesColumn === undefined ? "" : normalizeText(cellText(rawCell(grid, row, notesColumn)));
    conditions.push({
      unitId,
      disciplineLevel: readDisciplineLevel(grid, row, column("discipline"), problems, unitId),
      underInvestigation: readFlag(rawCell(grid, row, column("investigation") ?? 0)),
      pendingComplaint: readFlag(rawCell(grid, row, column("complaint") ?? 0)),
      ...(notes === "" ? {} : { notes }),
      location: cellLocation(grid.sheetName, row, unitColumn),
    });
  }
  return conditions;
}
