import { localized, type Localized } from "../../localized";
import { GRADE_ORDER, type HistoryCondition } from "../../profile/types";
import type { UnitResult } from "../../result";
import type { NominationContext } from "./context";
import { gradeName } from "./format";

/** Why a history condition does not hold for the unit; null when it holds. */
export function unmetHistory(
  unit: UnitResult,
  condition: HistoryCondition,
  context: NominationContext
): Localized | null {
  return condition.kind === "awardEarlier"
    ? unmetAwardEarlier(unit, condition, context)
    : unmetConsecutiveGrade(unit, condition, context);
}

function unmetAwardEarlier(
  unit: UnitResult,
  condition: Extract<HistoryCondition, { kind: "awardEarlier" }>,
  context: NominationContext
): Localized | null {
  const { year } = context;
  const from = condition.withinYears === null ? -Infinity : year - condition.withinYears;
  const held = (context.historyByUnit.get(unit.unitId) ?? []).some(
    (entry) =>
      entry.unitId === unit.unitId &&
      entry.awardId === condition.awardId &&
      entry.year < year &&
      entry.year >= from
  );
  if (held) return null;
  const award = context.profile.awards.find((rule) => rule.id === condition.awardId);
  const name = award?.name ?? localized(condition.awardId, condition.awardId);
  if (condition.withinYears === null) {
    return localized(
      `chưa từng được tặng ${name.vi}`,
      `has not received the ${name.en} in an earlier year`
    );
  }
  const span =
    condition.withinYears === 1 ? `${year - 1}` : `${year - condition.withinYears}–${year - 1}`;
  return localized(
    `chưa được tặng ${name.vi} trong năm ${span}`,
    `has not received the ${name.en} in ${span}`
  );
}

function unmetConsecutiveGrade(
  unit: UnitResult,
  condition: Extract<HistoryCondition, { kind: "consecutiveGrade" }>,
  context: NominationContext
): Localized | null {
  const needed = GRADE_ORDER.indexOf(condition.grade);
  const atLeast = (grade: UnitResult["grade"] | undefined) =>
    grade !== undefined && GRADE_ORDER.indexOf(grade) <= needed;
  const missing: number[] = [];
  for (let year = context.year - condition.years + 1; year <= context.year; year++) {
    const held =
      year === context.year
        ? atLeast(unit.grade)
        : (context.historyByUnit.get(unit.unitId) ?? []).some(
            (entry) => entry.unitId === unit.unitId && entry.year === year && atLeast(entry.grade)
          );
    if (!held) missing.push(year);
  }
  if (missing.length === 0) return null;
  const name = gradeName(condition.grade);
  const years = missing.join(", ");
  return localized(
    `chưa đạt ${name.vi} trở lên ${condition.years} năm liên tục (năm ${years} chưa đạt)`,
    `not graded "${name.en}" or better for ${condition.years} consecutive years (not in ${years})`
  );
}
