import { localized } from "../localized";
import type { Problem } from "../problem";
import { checkAwards, awardIdsOf } from "./internal/checkAwards";
import {
  checkLocalized,
  checkObject,
  checkString,
  createChecker,
  report,
} from "./internal/checker";
import {
  checkBallot,
  checkBlocking,
  checkGrades,
  checkRanking,
  checkRotation,
  checkScoring,
} from "./internal/checkRules";
import type { RuleProfile } from "./types";

const PROFILE_FIELDS = [
  "schemaVersion",
  "id",
  "name",
  "basis",
  "scoring",
  "grades",
  "ranking",
  "ballot",
  "awards",
  "blocking",
  "rotation",
] as const;

/**
 * Checks an untrusted value (read from a workbook sheet or a file) against the rule profile's
 * shape and its internal consistency. Every inconsistency is reported, each as a
 * `profile.invalid` error naming its path (e.g. "awards[1].quota.percent").
 */
export function validateProfile(
  value: unknown
): { ok: true; value: RuleProfile } | { ok: false; problems: Problem[] } {
  const checker = createChecker();
  const record = checkObject(checker, value, "", PROFILE_FIELDS);
  if (!record) return { ok: false, problems: checker.problems };

  if (record.schemaVersion !== 1) {
    report(
      checker,
      "schemaVersion",
      localized("phải là 1 (phiên bản được hỗ trợ)", "must be 1 (the supported version)")
    );
  }
  checkString(checker, record.id, "id", true);
  checkLocalized(checker, record.name, "name");
  checkLocalized(checker, record.basis, "basis");

  const scoring = checkScoring(checker, record.scoring, "scoring");
  const bonusCap = (record.scoring as { bonusCap?: unknown } | undefined)?.bonusCap;
  const maxScore =
    scoring === undefined
      ? undefined
      : scoring + (typeof bonusCap === "number" ? bonusCap : Infinity);
  checkGrades(checker, record.grades, "grades", scoring);
  checkRanking(checker, record.ranking, "ranking", awardIdsOf(record.awards));
  checkBallot(checker, record.ballot, "ballot");
  checkAwards(checker, record.awards, "awards", Number.isFinite(maxScore) ? maxScore : undefined);
  checkBlocking(checker, record.blocking, "blocking");
  checkRotation(checker, record.rotation, "rotation");

  if (checker.problems.length > 0) return { ok: false, problems: checker.problems };
  // Every field has been checked and no unknown field is present, so the value is a RuleProfile.
  return { ok: true, value: value as RuleProfile };
}
