import { localized } from "../../localized";
import {
  checkArray,
  checkBoolean,
  checkEnum,
  checkNullableNumber,
  checkNumber,
  checkObject,
  checkString,
  childPath,
  fieldsForKind,
  report,
  type Checker,
} from "./checker";

const FRACTION = { min: 0, max: 1 } as const;

/** Checks `scoring`; returns the maximum total (for the grade checks) when it is valid. */
export function checkScoring(checker: Checker, value: unknown, path: string): number | undefined {
  const record = checkObject(checker, value, path, [
    "maxTotal",
    "countingScore",
    "bonusCap",
    "deductionCap",
    "aboveMaximum",
    "pointsMethod",
    "completionCap",
  ]);
  if (!record) return undefined;
  const at = (key: string) => childPath(path, key);
  const maxTotal = checkNumber(checker, record.maxTotal, at("maxTotal"), {
    min: 0,
    minExclusive: true,
  });
  checkEnum(checker, record.countingScore, at("countingScore"), ["bloc", "self", "average"]);
  checkNullableNumber(checker, record.bonusCap, at("bonusCap"), { min: 0 });
  checkNullableNumber(checker, record.deductionCap, at("deductionCap"), { min: 0 });
  checkEnum(checker, record.aboveMaximum, at("aboveMaximum"), ["clamp", "error"]);
  checkEnum(checker, record.pointsMethod, at("pointsMethod"), [
    "proportional",
    "capped",
    "allOrNothing",
  ]);
  checkNumber(checker, record.completionCap, at("completionCap"), { min: 1 });
  return maxTotal;
}

/** Checks `grades`: numbers with excellent ≥ good ≥ pass ≥ 0 and excellent ≤ the maximum total. */
export function checkGrades(
  checker: Checker,
  value: unknown,
  path: string,
  maxTotal: number | undefined
): void {
  const record = checkObject(checker, value, path, ["excellent", "good", "pass"]);
  if (!record) return;
  const range = maxTotal === undefined ? { min: 0 } : { min: 0, max: maxTotal };
  const excellent = checkNumber(checker, record.excellent, childPath(path, "excellent"), range);
  const good = checkNumber(checker, record.good, childPath(path, "good"), range);
  const pass = checkNumber(checker, record.pass, childPath(path, "pass"), range);
  if (excellent !== undefined && good !== undefined && excellent < good) {
    report(
      checker,
      childPath(path, "excellent"),
      localized(
        "không được nhỏ hơn ngưỡng loại tốt (good)",
        "must not be below the threshold for good"
      )
    );
  }
  if (good !== undefined && pass !== undefined && good < pass) {
    report(
      checker,
      childPath(path, "good"),
      localized(
        "không được nhỏ hơn ngưỡng hoàn thành (pass)",
        "must not be below the threshold for pass"
      )
    );
  }
}

/** Checks `ranking.tieBreaks`; `awardIds` are the profile's award ids, for `moreVotes`. */
export function checkRanking(
  checker: Checker,
  value: unknown,
  path: string,
  awardIds: ReadonlySet<string>
): void {
  const record = checkObject(checker, value, path, ["tieBreaks"]);
  if (!record) return;
  const keys = checkArray(checker, record.tieBreaks, childPath(path, "tieBreaks"));
  keys?.forEach((key, index) =>
    checkTieBreak(checker, key, childPath(childPath(path, "tieBreaks"), index), awardIds)
  );
}

const TIE_BREAK_FIELDS: Readonly<Record<string, readonly string[]>> = {
  groupScore: ["kind", "group"],
  moreBonus: ["kind"],
  fewerDeductions: ["kind"],
  womenShare: ["kind", "atLeast"],
  moreVotes: ["kind", "awardId"],
};

function checkTieBreak(
  checker: Checker,
  value: unknown,
  path: string,
  awardIds: ReadonlySet<string>
): void {
  const record = checkObject(checker, value, path, fieldsForKind(value, TIE_BREAK_FIELDS));
  if (!record) return;
  const known = checkEnum(
    checker,
    record.kind,
    childPath(path, "kind"),
    Object.keys(TIE_BREAK_FIELDS)
  );
  if (known === "groupScore") checkString(checker, record.group, childPath(path, "group"), true);
  if (known === "womenShare")
    checkNumber(checker, record.atLeast, childPath(path, "atLeast"), FRACTION);
  if (known === "moreVotes" && record.awardId !== undefined) {
    const awardId = checkString(checker, record.awardId, childPath(path, "awardId"), true);
    if (awardId !== undefined && !awardIds.has(awardId)) {
      report(
        checker,
        childPath(path, "awardId"),
        localized(`không có danh hiệu nào mang mã "${awardId}"`, `no award has the id "${awardId}"`)
      );
    }
  }
}

export function checkBallot(checker: Checker, value: unknown, path: string): void {
  const record = checkObject(checker, value, path, [
    "threshold",
    "base",
    "quorum",
    "strictlyAbove",
  ]);
  if (!record) return;
  checkNumber(checker, record.threshold, childPath(path, "threshold"), FRACTION);
  checkEnum(checker, record.base, childPath(path, "base"), ["present", "total"]);
  checkNumber(checker, record.quorum, childPath(path, "quorum"), FRACTION);
  checkBoolean(checker, record.strictlyAbove, childPath(path, "strictlyAbove"));
}

export function checkBlocking(checker: Checker, value: unknown, path: string): void {
  const record = checkObject(checker, value, path, [
    "disciplineAtLeast",
    "investigationBlocks",
    "complaintBlocks",
  ]);
  if (!record) return;
  checkNullableNumber(checker, record.disciplineAtLeast, childPath(path, "disciplineAtLeast"), {
    min: 1,
  });
  checkBoolean(checker, record.investigationBlocks, childPath(path, "investigationBlocks"));
  checkBoolean(checker, record.complaintBlocks, childPath(path, "complaintBlocks"));
}

export function checkRotation(checker: Checker, value: unknown, path: string): void {
  const record = checkObject(checker, value, path, [
    "mode",
    "lookbackYears",
    "chooseDeputy",
    "excludeBlocked",
  ]);
  if (!record) return;
  checkEnum(checker, record.mode, childPath(path, "mode"), [
    "highestNotRecent",
    "fixedOrder",
    "deputySucceeds",
  ]);
  checkNumber(checker, record.lookbackYears, childPath(path, "lookbackYears"), {
    min: 0,
    integer: true,
  });
  checkBoolean(checker, record.chooseDeputy, childPath(path, "chooseDeputy"));
  checkBoolean(checker, record.excludeBlocked, childPath(path, "excludeBlocked"));
}
