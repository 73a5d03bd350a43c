import type { BlocInput } from "../../core/model";
import type { BlocResult } from "../../core/result";

/** A lookup from unit id to the unit's name as the secretariat wrote it (the id when unknown). */
export function unitNamer(result: BlocResult, input: BlocInput): (unitId: string) => string {
  const names = new Map<string, string>();
  for (const unit of result.units) names.set(unit.unitId, unit.name);
  for (const unit of input.units) names.set(unit.id, unit.name);
  return (unitId) => names.get(unitId) ?? unitId;
}
