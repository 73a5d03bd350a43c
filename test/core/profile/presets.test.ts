import {
  findPreset,
  NATIONAL_2025_PROFILE,
  PRESETS,
  SEED_BLOC_2018_PROFILE,
  validateProfile,
  type RuleProfile,
} from "../../../src/core/profile";

describe("the presets", () => {
  test.each(PRESETS.map((preset) => [preset.id, preset] as const))(
    "%s passes validation",
    (_id, preset) => {
      const result = validateProfile(preset);
      expect(result).toEqual({ ok: true, value: preset });
    }
  );

  test("a preset still validates after a round trip through JSON, as when stored in the workbook", () => {
    for (const preset of PRESETS) {
      expect(validateProfile(JSON.parse(JSON.stringify(preset))).ok).toBe(true);
    }
  });

  test("have distinct ids and can be found by id", () => {
    expect(new Set(PRESETS.map((preset) => preset.id)).size).toBe(PRESETS.length);
    expect(findPreset("national-2025")).toBe(NATIONAL_2025_PROFILE);
    expect(findPreset("seed-bloc-2018")).toBe(SEED_BLOC_2018_PROFILE);
  });

  test("finding an unknown id gives undefined", () => {
    expect(findPreset("khong-co")).toBeUndefined();
  });

  test("use the same award ids for the same awards", () => {
    const ids = (profile: RuleProfile) => profile.awards.map((award) => award.id);
    expect(ids(NATIONAL_2025_PROFILE)).toEqual(["co-chinh-phu", "co-tinh", "bang-khen-tinh"]);
    expect(ids(SEED_BLOC_2018_PROFILE)).toEqual(ids(NATIONAL_2025_PROFILE));
  });

  test("cite their legal basis in both languages", () => {
    expect(NATIONAL_2025_PROFILE.basis.vi).toContain("06/2022/QH15");
    expect(NATIONAL_2025_PROFILE.basis.vi).toContain("152/2025/NĐ-CP");
    expect(NATIONAL_2025_PROFILE.basis.en).toContain("152/2025/NĐ-CP");
    expect(SEED_BLOC_2018_PROFILE.basis.vi).toContain("91/2017/NĐ-CP");
  });
});

describe("the national 2025 preset", () => {
  const profile = NATIONAL_2025_PROFILE;

  test("scores on 100 points with the typical provincial caps", () => {
    expect(profile.scoring).toEqual({
      maxTotal: 100,
      countingScore: "bloc",
      bonusCap: 5,
      deductionCap: 10,
      aboveMaximum: "clamp",
      pointsMethod: "proportional",
      completionCap: 1.2,
    });
    expect(profile.grades).toEqual({ excellent: 90, good: 80, pass: 50 });
  });

  test("prefers a collective with at least 70% women first among tie-breaks (Decree 152/2025 Art. 4(6))", () => {
    expect(profile.ranking.tieBreaks[0]).toEqual({ kind: "womenShare", atLeast: 0.7 });
    expect(profile.ranking.tieBreaks.map((key) => key.kind)).toEqual([
      "womenShare",
      "moreBonus",
      "fewerDeductions",
      "moreVotes",
    ]);
  });

  test("needs 80% of all members for a flag", () => {
    expect(profile.ballot).toMatchObject({ threshold: 0.8, base: "total", strictlyAbove: false });
    expect(profile.ballot.quorum).toBeCloseTo(2 / 3);
    expect(profile.awards[0]).toMatchObject({
      voteThreshold: 0.8,
      bestRank: 1,
      quota: { kind: "count", count: 1 },
    });
    expect(profile.awards[1]).toMatchObject({
      voteThreshold: 0.8,
      bestRank: 1,
      quota: { kind: "count", count: 1 },
    });
  });

  test("prints the award names as the decisions do", () => {
    expect(profile.awards.map((award) => award.name.vi)).toEqual([
      "Cờ thi đua của Chính phủ",
      "Cờ thi đua của Ủy ban nhân dân tỉnh",
      "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
    ]);
    expect(profile.awards.map((award) => award.moneyMultiple)).toEqual([12, 8, null]);
  });

  test("blocks discipline, investigation and complaint, and rotates the lead over three years with a deputy", () => {
    expect(profile.blocking).toEqual({
      disciplineAtLeast: 1,
      investigationBlocks: true,
      complaintBlocks: true,
    });
    expect(profile.rotation).toEqual({
      mode: "highestNotRecent",
      lookbackYears: 3,
      chooseDeputy: true,
      excludeBlocked: true,
    });
  });
});

describe("the seed 2018 preset", () => {
  const profile = SEED_BLOC_2018_PROFILE;

  test("scores on 1,000 points and passes ballots with more than half of the members present", () => {
    expect(profile.scoring.maxTotal).toBe(1000);
    expect(profile.ballot).toMatchObject({ threshold: 0.5, base: "present", strictlyAbove: true });
  });

  test("gives the Government flag to the first unit and the provincial flag to the first or second", () => {
    expect(profile.awards[0]).toMatchObject({
      id: "co-chinh-phu",
      bestRank: 1,
      quota: { kind: "count", count: 1 },
    });
    expect(profile.awards[1]).toMatchObject({
      id: "co-tinh",
      bestRank: 2,
      quota: { kind: "count", count: 1 },
    });
  });

  test("does not cap certificates of merit and admits a good grade", () => {
    expect(profile.awards[2]).toMatchObject({
      id: "bang-khen-tinh",
      quota: { kind: "unlimited" },
      minGrade: "good",
      bestRank: null,
    });
  });

  test("lets the best-ranked unit that did not lead this year lead next year, without a deputy", () => {
    expect(profile.rotation).toEqual({
      mode: "highestNotRecent",
      lookbackYears: 1,
      chooseDeputy: false,
      excludeBlocked: true,
    });
  });
});
