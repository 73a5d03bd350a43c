import { localized, type Localized } from "../../core/localized";
import type { UnitInput } from "../../core/model";
import type { RuleProfile } from "../../core/profile/types";
import { gradeFor } from "../../core/scoring/gradeFor";
import type { ScoredUnit } from "../../core/scoring/scoreUnits";
import { normalizedNameKey } from "../../core/text/normalizedNameKey";
import { normalizeText } from "../../core/text/normalizeText";
import { argumentLabel } from "./argumentNames";
import { cellError } from "./cellError";
import { FirstRows } from "./firstRows";
import { inputError } from "./inputError";
import { isBlank } from "./isBlank";
import { readNumber } from "./readNumber";
import { readVector } from "./readVector";
import type { Matrix } from "./types";

/**
 * One row of the units range: a unit, as its index in `UnitTable.scored` (a number, not an object
 * for each of thousands of rows), a blank, or what is wrong with it.
 */
export type UnitRow =
  | number
  | { readonly kind: "blank" }
  | { readonly kind: "error"; readonly name: string; readonly error: CustomFunctions.Error };

export interface UnitTable {
  readonly rows: readonly UnitRow[];
  /** The units of the unit rows, in row order, with their totals, as the engine scores them. */
  readonly scored: readonly ScoredUnit[];
  /** The row of each of them (its index in `rows`). */
  readonly unitRows: readonly number[];
  /** True when some row is an error: no decision may be taken from the others alone. */
  readonly failed: boolean;
}

const BLANK = { kind: "blank" } as const;

/** True for a row that holds a unit (its index in `UnitTable.scored`). */
export function isUnitRow(row: UnitRow): row is number {
  return typeof row === "number";
}

/** The name shown for a row: the unit's, the one written in an error row, or none. */
export function rowName(table: Pick<UnitTable, "scored">, row: UnitRow): string {
  if (isUnitRow(row)) return table.scored[row]!.name;
  return row.kind === "error" ? row.name : "";
}

/** The units as the engine takes them, with their rotation order (their place in the list). */
export function unitInputs(table: Pick<UnitTable, "scored">): UnitInput[] {
  return table.scored.map((unit, index) => ({
    id: unit.unitId,
    name: unit.name,
    rotationOrder: index + 1,
  }));
}

/** No content groups: one shared empty record rather than one per unit. */
const NO_GROUP_POINTS: Readonly<Record<string, number>> = Object.freeze({});

/**
 * The units and their totals for NOMINATE and NEXTLEADER, one row per cell of `units`. Each unit
 * becomes what the engine scores (points = total, no bonus or deduction, grade by the profile's
 * thresholds; rotation order = its position among the listed units, see `unitInputs`). Rows with neither a name
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

  const rows = new Array<UnitRow>(names.value.length);
  const scored: ScoredUnit[] = [];
  const unitRows: number[] = [];
  const failed = readRows(names.value, totals.value, profile, { rows, scored, unitRows });
  return { rows, scored, unitRows, failed };
}

/**
 * Reads every row into `rows`, and each unit into `scored` and `unitRows`; true when some row
 * is an error. The loop is a function of its own, the result made by the caller: V8 compiles a
 * long loop while it runs, before the code after it has ever run, and that code would then
 * throw the compiled loop away at each call.
 */
function readRows(
  names: readonly unknown[],
  totals: readonly unknown[],
  profile: RuleProfile,
  { rows, scored, unitRows }: { rows: UnitRow[]; scored: ScoredUnit[]; unitRows: number[] }
): boolean {
  const firstRows = new FirstRows(rows.length);
  let failed = false;
  for (let index = 0; index < rows.length; index++) {
    const row = readRow(names[index], totals[index], firstRows, index, profile);
    if ("kind" in row) {
      if (row.kind === "error") failed = true;
      rows[index] = row;
    } else {
      rows[index] = scored.length;
      scored.push(row);
      unitRows.push(index);
    }
  }
  return failed;
}

/** One row: a unit with its total (its key claimed in `firstRows`), a blank, or what is wrong with it. */
function readRow(
  name: unknown,
  score: unknown,
  firstRows: FirstRows,
  index: number,
  profile: RuleProfile
): ScoredUnit | Exclude<UnitRow, number> {
  const error = inputError(name, "units") ?? inputError(score, "scores");
  const shown =
    typeof name === "string" || typeof name === "number" ? normalizeText(String(name)) : "";
  if (error) return { kind: "error", name: shown, error };
  if (isBlank(name) && isBlank(score)) return BLANK;
  if (shown === "")
    return rowError(
      shown,
      localized(`${argumentLabel("units").vi} đang trống.`, "units is empty.")
    );
  // Numbers, the usual case, are read without making an outcome for each.
  const total = typeof score === "number" && Number.isFinite(score) ? score : readTotal(score);
  if (typeof total !== "number")
    return rowError(shown, localized(`${shown}: ${total.vi}`, `${shown}: ${total.en}`));
  // `shown` is normalised already: the key is made from it without normalising it again.
  const id = normalizedNameKey(shown);
  const first = firstRows.claim(id, index);
  if (first >= 0) {
    return rowError(
      shown,
      localized(
        `${shown} trùng với đơn vị ở dòng ${first + 1}.`,
        `${shown} is listed twice (also row ${first + 1}).`
      )
    );
  }
  return scoredUnit(id, shown, total, profile);
}

/** A total that is not a plain number: read as a number, else why not. */
function readTotal(score: unknown): number | Localized {
  const total = readNumber(score, "scores");
  return total.ok ? total.value : total.error;
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
    groupPoints: NO_GROUP_POINTS,
    grade: gradeFor(total, profile.grades),
  };
}

function rowError(name: string, message: Localized): Exclude<UnitRow, number> {
  return { kind: "error", name, error: cellError(message) };
}
