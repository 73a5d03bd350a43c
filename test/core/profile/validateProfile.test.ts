import { NATIONAL_2025_PROFILE, validateProfile } from "../../../src/core/profile";
import type { Problem } from "../../../src/core/problem";

/** A deep, mutable copy of the national preset to break on purpose. */
function editable(): any {
  return JSON.parse(JSON.stringify(NATIONAL_2025_PROFILE));
}

function problemsOf(value: unknown): Problem[] {
  const result = validateProfile(value);
  if (result.ok) throw new Error("expected the profile to be rejected");
  return result.problems;
}

/** The quoted paths named by the English messages. */
function pathsOf(problems: readonly Problem[]): string[] {
  return problems.map((p) => /"([^"]+)"/.exec(p.message.en)?.[1] ?? "(root)");
}

describe("validateProfile", () => {
  test("accepts a valid profile and returns it", () => {
    const profile = editable();
    const result = validateProfile(profile);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value).toEqual(NATIONAL_2025_PROFILE);
  });

  test.each([null, undefined, 42, "profile", [1, 2]])("rejects %p as not an object", (value) => {
    const problems = problemsOf(value);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message.en).toBe("Rule profile: must be an object");
    expect(problems[0]!.message.vi).toContain("Hồ sơ quy tắc");
  });

  test("reports every problem as a profile.invalid error naming its path in both languages", () => {
    const profile = editable();
    profile.awards[1].quota = { kind: "percent", percent: 150, rounding: "down" };
    const problems = problemsOf(profile);
    expect(problems).toEqual([
      {
        code: "profile.invalid",
        severity: "error",
        message: {
          vi: 'Hồ sơ quy tắc, mục "awards[1].quota.percent": phải là số từ 0 đến 100',
          en: 'Rule profile, "awards[1].quota.percent": must be a number from 0 to 100',
        },
      },
    ]);
  });

  test("reports all inconsistencies at once, not just the first", () => {
    const profile = editable();
    profile.schemaVersion = 2;
    profile.ballot.threshold = 1.5;
    profile.ballot.quorum = -0.1;
    profile.awards[0].voteThreshold = 80;
    profile.rotation.lookbackYears = -1;
    expect(pathsOf(problemsOf(profile))).toEqual([
      "schemaVersion",
      "ballot.threshold",
      "ballot.quorum",
      "awards[0].voteThreshold",
      "rotation.lookbackYears",
    ]);
  });

  test("reports missing sections and fields", () => {
    const profile = editable();
    delete profile.rotation;
    delete profile.scoring.maxTotal;
    delete profile.name.en;
    expect(pathsOf(problemsOf(profile))).toEqual(["name.en", "scoring.maxTotal", "rotation"]);
  });

  test("reports fields it does not know, so a misspelt field is not silently ignored", () => {
    const profile = editable();
    profile.scoring.bonuscap = 5;
    profile.extra = true;
    expect(pathsOf(problemsOf(profile))).toEqual(["extra", "scoring.bonuscap"]);
  });

  test("checks the types of values", () => {
    const profile = editable();
    profile.id = "";
    profile.scoring.bonusCap = "5";
    profile.ballot.strictlyAbove = "no";
    profile.blocking.investigationBlocks = 1;
    profile.awards[0].history = {};
    const problems = problemsOf(profile);
    expect(pathsOf(problems)).toEqual([
      "id",
      "scoring.bonusCap",
      "ballot.strictlyAbove",
      "awards[0].history",
      "blocking.investigationBlocks",
    ]);
    expect(problems[1]!.message.en).toContain("or null");
    expect(problems[2]!.message.vi).toContain("true hoặc false");
  });

  test("checks enumerations", () => {
    const profile = editable();
    profile.scoring.countingScore = "mean";
    profile.scoring.pointsMethod = "linear";
    profile.ballot.base = "all";
    profile.awards[2].minGrade = "outstanding";
    profile.rotation.mode = "random";
    const problems = problemsOf(profile);
    expect(pathsOf(problems)).toEqual([
      "scoring.countingScore",
      "scoring.pointsMethod",
      "ballot.base",
      "awards[2].minGrade",
      "rotation.mode",
    ]);
    expect(problems[0]!.message.en).toContain('"bloc", "self", "average"');
  });

  test("requires excellent ≥ good ≥ pass ≥ 0, none above the maximum total", () => {
    const profile = editable();
    profile.grades = { excellent: 70, good: 80, pass: 90 };
    expect(pathsOf(problemsOf(profile))).toEqual(["grades.excellent", "grades.good"]);

    const above = editable();
    above.grades = { excellent: 120, good: 80, pass: -1 };
    expect(pathsOf(problemsOf(above))).toEqual(["grades.excellent", "grades.pass"]);
  });

  test("requires a positive maximum total and a completion cap of at least 1", () => {
    const profile = editable();
    profile.scoring.maxTotal = 0;
    profile.scoring.completionCap = 0.9;
    expect(pathsOf(problemsOf(profile))).toEqual(["scoring.maxTotal", "scoring.completionCap"]);
  });

  test("requires unique award ids", () => {
    const profile = editable();
    profile.awards[2].id = "co-tinh";
    const problems = problemsOf(profile);
    expect(pathsOf(problems)).toEqual(["awards[2].id"]);
    expect(problems[0]!.message.vi).toContain("bị trùng");
  });

  test("checks quotas: whole counts of zero or more, percentages with a rounding rule", () => {
    const profile = editable();
    profile.awards[0].quota = { kind: "count", count: 1.5 };
    profile.awards[1].quota = { kind: "percent", percent: 20, rounding: "banker" };
    profile.awards[2].quota = { kind: "some" };
    expect(pathsOf(problemsOf(profile))).toEqual([
      "awards[0].quota.count",
      "awards[1].quota.rounding",
      "awards[2].quota.kind",
    ]);
  });

  test("accepts a zero count and a percentage quota", () => {
    const profile = editable();
    profile.awards[0].quota = { kind: "count", count: 0 };
    profile.awards[2].quota = { kind: "percent", percent: 50, rounding: "nearest" };
    expect(validateProfile(profile).ok).toBe(true);
  });

  test("requires the best rank to be a whole number of at least 1, or null", () => {
    const profile = editable();
    profile.awards[0].bestRank = 0;
    profile.awards[1].bestRank = "1";
    profile.awards[2].bestRank = 2.5;
    expect(pathsOf(problemsOf(profile))).toEqual([
      "awards[0].bestRank",
      "awards[1].bestRank",
      "awards[2].bestRank",
    ]);
  });

  test("bounds the minimum score by the maximum total plus the bonus cap", () => {
    const profile = editable();
    profile.awards[0].minScore = 105;
    expect(validateProfile(profile).ok).toBe(true);
    profile.awards[0].minScore = 106;
    profile.awards[1].minScore = -1;
    expect(pathsOf(problemsOf(profile))).toEqual(["awards[0].minScore", "awards[1].minScore"]);
  });

  test("requires history conditions to refer to existing awards and sensible years", () => {
    const profile = editable();
    profile.awards[0].history = [
      { kind: "awardEarlier", awardId: "co-tinh", withinYears: 2 },
      { kind: "awardEarlier", awardId: "co-bo", withinYears: null },
      { kind: "awardEarlier", awardId: "co-tinh", withinYears: 0 },
      { kind: "consecutiveGrade", grade: "best", years: 0 },
      { kind: "sometimes" },
    ];
    const problems = problemsOf(profile);
    expect(pathsOf(problems)).toEqual([
      "awards[0].history[1].awardId",
      "awards[0].history[2].withinYears",
      "awards[0].history[3].grade",
      "awards[0].history[3].years",
      "awards[0].history[4].kind",
    ]);
    expect(problems[0]!.message.en).toContain('no award has the id "co-bo"');
  });

  test("accepts a history condition on a later award in the list", () => {
    const profile = editable();
    profile.awards[0].history = [
      { kind: "awardEarlier", awardId: "bang-khen-tinh", withinYears: null },
    ];
    profile.awards[1].history = [{ kind: "consecutiveGrade", grade: "excellent", years: 2 }];
    expect(validateProfile(profile).ok).toBe(true);
  });

  test("checks tie-break keys: known kinds, non-empty groups, shares 0…1, existing awards", () => {
    const profile = editable();
    profile.ranking.tieBreaks = [
      { kind: "groupScore", group: " " },
      { kind: "womenShare", atLeast: 70 },
      { kind: "moreVotes", awardId: "co-bo" },
      { kind: "alphabetical" },
      { kind: "moreBonus", weight: 2 },
    ];
    expect(pathsOf(problemsOf(profile))).toEqual([
      "ranking.tieBreaks[0].group",
      "ranking.tieBreaks[1].atLeast",
      "ranking.tieBreaks[2].awardId",
      "ranking.tieBreaks[3].kind",
      "ranking.tieBreaks[4].weight",
    ]);
  });

  test("accepts moreVotes naming an existing award and a named group", () => {
    const profile = editable();
    profile.ranking.tieBreaks = [
      { kind: "groupScore", group: "I" },
      { kind: "moreVotes", awardId: "co-tinh" },
    ];
    expect(validateProfile(profile).ok).toBe(true);
  });

  test("requires a discipline level of at least 1, or null to ignore discipline", () => {
    const profile = editable();
    profile.blocking.disciplineAtLeast = 0;
    expect(pathsOf(problemsOf(profile))).toEqual(["blocking.disciplineAtLeast"]);
    profile.blocking.disciplineAtLeast = null;
    expect(validateProfile(profile).ok).toBe(true);
  });

  test("accepts a lookback of zero years and rejects fractions", () => {
    const profile = editable();
    profile.rotation.lookbackYears = 0;
    expect(validateProfile(profile).ok).toBe(true);
    profile.rotation.lookbackYears = 1.5;
    expect(pathsOf(problemsOf(profile))).toEqual(["rotation.lookbackYears"]);
  });

  test("rejects numbers that are not finite", () => {
    const profile = editable();
    profile.scoring.maxTotal = Number.NaN;
    profile.ballot.threshold = Infinity;
    expect(pathsOf(problemsOf(profile))).toEqual(["scoring.maxTotal", "ballot.threshold"]);
  });

  test("accepts an empty award list", () => {
    const profile = editable();
    profile.awards = [];
    profile.ranking.tieBreaks = [{ kind: "moreVotes" }];
    expect(validateProfile(profile).ok).toBe(true);
  });
});
