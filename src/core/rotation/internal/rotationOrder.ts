import { localized } from "../../localized";
import type { UnitInput } from "../../model";
import { problem, type Problem } from "../../problem";

export interface RotationOrder {
  /** Units with a rotation order, in that order (input order among equal positions). */
  readonly ordered: readonly UnitInput[];
  /** Units without one: left out of the rotation. */
  readonly unordered: readonly UnitInput[];
  readonly problems: Problem[];
}

/** The bloc's fixed rotation order, with a warning for each unit without a position and each shared position. */
export function rotationOrder(unitInputs: readonly UnitInput[]): RotationOrder {
  const problems: Problem[] = [];
  const hasOrder = (unit: UnitInput) =>
    unit.rotationOrder !== undefined && Number.isFinite(unit.rotationOrder);
  const ordered = unitInputs
    .map((unit, index) => ({ unit, index }))
    .filter((entry) => hasOrder(entry.unit))
    .sort((a, b) => a.unit.rotationOrder! - b.unit.rotationOrder! || a.index - b.index)
    .map((entry) => entry.unit);
  const unordered = unitInputs.filter((unit) => !hasOrder(unit));
  for (const unit of unordered) {
    problems.push(
      problem(
        "rotation.noOrder",
        "warning",
        localized(
          `${unit.name} chưa có thứ tự luân phiên nên không được xét trong luân phiên Khối trưởng.`,
          `${unit.name} has no rotation order, so it is left out of the leader rotation.`
        ),
        { unitId: unit.id, ...(unit.location ? { location: unit.location } : {}) }
      )
    );
  }
  for (let index = 1; index < ordered.length; index++) {
    const previous = ordered[index - 1]!;
    const unit = ordered[index]!;
    if (previous.rotationOrder === unit.rotationOrder) {
      problems.push(
        problem(
          "rotation.duplicateOrder",
          "warning",
          localized(
            `${previous.name} và ${unit.name} cùng thứ tự luân phiên ${unit.rotationOrder}; tạm xếp theo thứ tự trong bảng.`,
            `${previous.name} and ${unit.name} share rotation order ${unit.rotationOrder}; they follow the table's order.`
          ),
          { unitId: unit.id, ...(unit.location ? { location: unit.location } : {}) }
        )
      );
    }
  }
  return { ordered, unordered, problems };
}

/** The units after `fromId` in rotation order, wrapping round and leaving it out; all of them from the first when it has no position. */
export function walkAfter(ordered: readonly UnitInput[], fromId: string | null): UnitInput[] {
  const position = fromId === null ? -1 : ordered.findIndex((unit) => unit.id === fromId);
  if (position < 0) return [...ordered];
  return [...ordered.slice(position + 1), ...ordered.slice(0, position)];
}
