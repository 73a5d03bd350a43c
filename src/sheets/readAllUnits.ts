import { localized } from "../core/localized";
import { problem, type Problem } from "../core/problem";
import { nameKey } from "../core/text";
import { locatedProblem } from "./cellProblem";
import type { DetectedTable } from "./detectedTable";
import { findBlocName } from "./findBlocName";
import type { Grid } from "./grid";
import { readUnits, type UnitRow } from "./readUnits";
import type { ScoreSheetRead } from "./scoreSheetRead";

/**
 * The units of the workbook: from its units tables (several tables without a bloc column are one
 * bloc each, named by their sheet's title or the sheet); without a units table, from the scoring
 * tables, with a `sheet.notFound` warning.
 */
export function readAllUnits(
  unitTables: readonly { readonly table: DetectedTable; readonly grid: Grid }[],
  scoreReads: readonly ScoreSheetRead[],
  tables: readonly DetectedTable[],
  problems: Problem[]
): UnitRow[] {
  const seen = new Set<string>();
  if (unitTables.length === 0) {
    if (scoreReads.length > 0) {
      problems.push(
        problem(
          "sheet.notFound",
          "warning",
          localized(
            "Không tìm thấy bảng danh sách đơn vị (tiêu đề có “Tên đơn vị”); danh sách đơn vị được lấy từ bảng chấm điểm.",
            "No units table was found (a header with “Tên đơn vị”/“Unit”); the units are taken from the scoring table."
          )
        )
      );
    }
    return scoreReads.flatMap((read) =>
      read.units.flatMap((unit): UnitRow[] => {
        const id = nameKey(unit.name);
        if (id === "" || seen.has(id)) {
          return [];
        }
        seen.add(id);
        return [{ unit: { id, name: unit.name }, blocName: null }];
      })
    );
  }
  return unitTables.flatMap(({ table, grid }) => {
    const sheetBloc =
      unitTables.length > 1 ? (findBlocName([grid], tables) ?? grid.sheetName) : null;
    return readUnits(grid, table, problems).flatMap((row): UnitRow[] => {
      if (seen.has(row.unit.id)) {
        problems.push(
          locatedProblem(
            "unit.duplicate",
            "error",
            row.unit.location ?? { sheet: grid.sheetName },
            localized(
              `đơn vị “${row.unit.name}” đã có trong một bảng danh sách đơn vị khác; dòng này bị bỏ qua.`,
              `the unit “${row.unit.name}” is already in another units table; this row is ignored.`
            ),
            row.unit.id
          )
        );
        return [];
      }
      seen.add(row.unit.id);
      return [{ unit: row.unit, blocName: row.blocName ?? sheetBloc }];
    });
  });
}
