import { localized } from "../../localized";
import { GRADE_ORDER } from "../types";
import {
  checkArray,
  checkEnum,
  checkLocalized,
  checkNullableEnum,
  checkNullableNumber,
  checkNumber,
  checkObject,
  checkString,
  childPath,
  fieldsForKind,
  report,
  type Checker,
} from "./checker";

const AWARD_FIELDS = [
  "id",
  "name",
  "quota",
  "bestRank",
  "minGrade",
  "minScore",
  "voteThreshold",
  "history",
  "moneyMultiple",
] as const;

/** The ids of the awards that have a text id, for the checks that refer to awards. */
export function awardIdsOf(value: unknown): Set<string> {
  const ids = new Set<string>();
  if (!Array.isArray(value)) return ids;
  for (const award of value) {
    if (
      typeof award === "object" &&
      award !== null &&
      "id" in award &&
      typeof award.id === "string"
    )
      ids.add(award.id);
  }
  return ids;
}

/**
 * Checks `awards`: each award's fields, unique ids, and history conditions that name existing
 * awards. `maxScore` bounds `minScore` (the maximum total plus the bonus cap) when known.
 */
export function checkAwards(
  checker: Checker,
  value: unknown,
  path: string,
  maxScore: number | undefined
): void {
  const awards = checkArray(checker, value, path);
  if (!awards) return;
  const ids = awardIdsOf(awards);
  const seen = new Set<string>();
  awards.forEach((award, index) => {
    const at = childPath(path, index);
    const record = checkObject(checker, award, at, AWARD_FIELDS);
    if (!record) return;
    const id = checkString(checker, record.id, childPath(at, "id"), true);
    if (id !== undefined) {
      if (seen.has(id)) {
        report(
          checker,
          childPath(at, "id"),
          localized(
            `mã "${id}" bị trùng với danh hiệu khác`,
            `the id "${id}" is used by another award`
          )
        );
      }
      seen.add(id);
    }
    checkLocalized(checker, record.name, childPath(at, "name"));
    checkQuota(checker, record.quota, childPath(at, "quota"));
    checkNullableNumber(checker, record.bestRank, childPath(at, "bestRank"), {
      min: 1,
      integer: true,
    });
    checkNullableEnum(checker, record.minGrade, childPath(at, "minGrade"), GRADE_ORDER);
    const scoreRange = maxScore === undefined ? { min: 0 } : { min: 0, max: maxScore };
    checkNullableNumber(checker, record.minScore, childPath(at, "minScore"), scoreRange);
    checkNullableNumber(checker, record.voteThreshold, childPath(at, "voteThreshold"), {
      min: 0,
      max: 1,
    });
    const history = checkArray(checker, record.history, childPath(at, "history"));
    history?.forEach((condition, conditionIndex) =>
      checkHistoryCondition(
        checker,
        condition,
        childPath(childPath(at, "history"), conditionIndex),
        ids
      )
    );
    checkNullableNumber(checker, record.moneyMultiple, childPath(at, "moneyMultiple"), { min: 0 });
  });
}

const QUOTA_FIELDS: Readonly<Record<string, readonly string[]>> = {
  count: ["kind", "count"],
  percent: ["kind", "percent", "rounding"],
  unlimited: ["kind"],
};

function checkQuota(checker: Checker, value: unknown, path: string): void {
  const record = checkObject(checker, value, path, fieldsForKind(value, QUOTA_FIELDS));
  if (!record) return;
  const kind = checkEnum(checker, record.kind, childPath(path, "kind"), [
    "count",
    "percent",
    "unlimited",
  ]);
  if (kind === "count")
    checkNumber(checker, record.count, childPath(path, "count"), { min: 0, integer: true });
  if (kind === "percent") {
    checkNumber(checker, record.percent, childPath(path, "percent"), { min: 0, max: 100 });
    checkEnum(checker, record.rounding, childPath(path, "rounding"), ["down", "up", "nearest"]);
  }
}

const CONDITION_FIELDS: Readonly<Record<string, readonly string[]>> = {
  awardEarlier: ["kind", "awardId", "withinYears"],
  consecutiveGrade: ["kind", "grade", "years"],
};

function checkHistoryCondition(
  checker: Checker,
  value: unknown,
  path: string,
  awardIds: ReadonlySet<string>
): void {
  const record = checkObject(checker, value, path, fieldsForKind(value, CONDITION_FIELDS));
  if (!record) return;
  const kind = checkEnum(checker, record.kind, childPath(path, "kind"), [
    "awardEarlier",
    "consecutiveGrade",
  ]);
  if (kind === "awardEarlier") {
    const awardId = checkString(checker, record.awardId, childPath(path, "awardId"), true);
    if (awardId !== undefined && !awardIds.has(awardId)) {
      report(
        checker,
        childPath(path, "awardId"),
        localized(`không có danh hiệu nào mang mã "${awardId}"`, `no award has the id "${awardId}"`)
      );
    }
    checkNullableNumber(checker, record.withinYears, childPath(path, "withinYears"), {
      min: 1,
      integer: true,
    });
  }
  if (kind === "consecutiveGrade") {
    checkEnum(checker, record.grade, childPath(path, "grade"), GRADE_ORDER);
    checkNumber(checker, record.years, childPath(path, "years"), { min: 1, integer: true });
  }
}
