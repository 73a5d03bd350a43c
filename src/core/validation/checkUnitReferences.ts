import type { BlocInput } from "../model";
import { localized } from "../localized";
import { problem, type Location, type Problem } from "../problem";

/**
 * Finds units listed twice and rows in the other tables that name a unit the unit list does
 * not have. The sheet readers report these with more context; this keeps the engine safe when
 * it is given data by other means (custom functions, tests, a JSON file).
 */
export function checkUnitReferences(input: BlocInput): Problem[] {
  const problems: Problem[] = [];
  const known = new Map<string, string>();
  for (const unit of input.units) {
    if (known.has(unit.id)) {
      problems.push(
        problem(
          "unit.duplicate",
          "error",
          localized(
            `Đơn vị "${unit.name}" có tên hai lần trong danh sách.`,
            `Unit "${unit.name}" is listed twice.`
          ),
          { location: unit.location, unitId: unit.id }
        )
      );
    } else {
      known.set(unit.id, unit.name);
    }
  }

  const seenScores = new Set<string>();
  for (const row of input.scores) {
    checkKnown(row.unitId, row.criteria[0]?.location, "bảng chấm điểm", "the scoring table");
    if (seenScores.has(row.unitId)) {
      problems.push(
        problem(
          "unit.duplicate",
          "error",
          localized(
            `Đơn vị "${known.get(row.unitId) ?? row.unitId}" được chấm điểm hai lần.`,
            `Unit "${known.get(row.unitId) ?? row.unitId}" is scored twice.`
          ),
          { location: row.criteria[0]?.location, unitId: row.unitId }
        )
      );
    }
    seenScores.add(row.unitId);
  }
  for (const vote of input.votes)
    checkKnown(vote.unitId, vote.location, "bảng bỏ phiếu", "the votes table");
  for (const row of input.conditions)
    checkKnown(row.unitId, row.location, "bảng điều kiện", "the conditions table");
  for (const row of input.awardHistory) {
    checkKnown(row.unitId, row.location, "lịch sử khen thưởng", "the award history");
  }
  for (const row of input.leaderHistory) {
    checkKnown(row.leaderUnitId, row.location, "lịch sử Khối trưởng", "the leader history");
    if (row.deputyUnitId !== undefined) {
      checkKnown(row.deputyUnitId, row.location, "lịch sử Khối trưởng", "the leader history");
    }
  }
  return problems;

  function checkKnown(
    unitId: string,
    location: Location | undefined,
    tableVi: string,
    tableEn: string
  ): void {
    if (known.has(unitId)) return;
    problems.push(
      problem(
        "unit.unknown",
        "error",
        localized(
          `Đơn vị "${unitId}" trong ${tableVi} không có trong danh sách đơn vị.`,
          `Unit "${unitId}" in ${tableEn} is not in the unit list.`
        ),
        { location, unitId }
      )
    );
  }
}
