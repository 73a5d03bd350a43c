import { localized, type Localized } from "../../core/localized";
import type { UnitInput } from "../../core/model";
import type { RuleProfile } from "../../core/profile/types";
import { gradeFor } from "../../core/scoring/gradeFor";
import type { ScoredUnit } from "../../core/scoring/scoreUnits";
import { nameKey } from "../../core/text/nameKey";
import { normalizeText } from "../../core/text/normalizeText";
import { argumentLabel } from "./argumentNames";
import { cellError } from "./cellError";
import { inputError } from "./inputError";
import { isBlank } from "./isBlank";
import { readNumber } from "./readNumber";
import { readVector } from "./readVector";
import type { Matrix } from "./types";

/** One row of the units range: empty, a unit with its total, or what is wrong with it. */
export type UnitRow =
  | { readonly kind: "blank" }
  | { readonly kind: "unit"; readonly unit: UnitInput; readonly scored: ScoredUnit }
  | { readonly kind: "error"; readonly name: string; readonly error: CustomFunctions.Error };

export interface UnitTable {
  readonly rows: readonly UnitRow[];
  /** True when some row is an error: no decision may be taken from the others alone. */
  readonly failed: boolean;
}

/**
 * The units and their totals for NOMINATE and NEXTLEADER, one row per cell of `units`. Each unit
 * becomes what the engine scores (points = total, no bonus or deduction, grade by the profile's
 * thresholds, rotation order = its position among the listed units). Rows with neither a name
 * nor a score are blank; a missing name or score, a total that is not a number and a name listed
 * twice (same `nameKey`) are errors in their row.
 */
export function readUnitTable(
  units: Matrix,
  scores: Matrix,
  profile: RuleProfile
): UnitTable | CustomFunctions.Error {
  const names = readVector(units, "units");
  if (!names.ok) return cellError(names.error);
  const totals = readVector(scores, "scores", { length: names.value.length });
  if (!totals.ok) return cellError(totals.error, CustomFunctions.ErrorCode.notAvailable);

  const seen = new Map<string, number>();
  let order = 0;
  const rows: UnitRow[] = names.value.map((name, index) => {
    const score = totals.value[index];
    const error = inputError(name, "units") ?? inputError(score, "scores");
    const shown =
      typeof name === "string" || typeof name === "number" ? normalizeText(String(name)) : "";
    if (error) return { kind: "error", name: shown, error };
    if (isBlank(name) && isBlank(score)) return { kind: "blank" };
    if (shown === "")
      return rowError(
        shown,
        localized(`${argumentLabel("units").vi} đang trống.`, "units is empty.")
      );
    const total = readNumber(score, "scores");
    if (!total.ok)
      return rowError(
        shown,
        localized(`${shown}: ${total.error.vi}`, `${shown}: ${total.error.en}`)
      );
    const id = nameKey(shown);
    const first = seen.get(id);
    if (first !== undefined) {
      return rowError(
        shown,
        localized(
          `${shown} trùng với đơn vị ở dòng ${first}.`,
          `${shown} is listed twice (also row ${first}).`
        )
      );
    }
    seen.set(id, index + 1);
    order += 1;
    return {
      kind: "unit",
      unit: { id, name: shown, rotationOrder: order },
      scored: scoredUnit(id, shown, total.value, profile),
    };
  });
  return { rows, failed: rows.some((row) => row.kind === "error") };
}

function scoredUnit(unitId: string, name: string, total: number, profile: RuleProfile): ScoredUnit {
  return {
    unitId,
    name,
    selfPoints: null,
    blocPoints: total,
    points: total,
    bonus: 0,
    deduction: 0,
    total,
    groupPoints: {},
    grade: gradeFor(total, profile.grades),
  };
}

function rowError(name: string, message: Localized): UnitRow {
  return { kind: "error", name, error: cellError(message) };
}
