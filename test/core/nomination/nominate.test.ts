import type { AwardHistoryEntry, ConditionInput } from "../../../src/core/model";
import { nominate } from "../../../src/core/nomination";
import {
  SEED_BLOC_2018_PROFILE,
  type AwardRule,
  type RuleProfile,
} from "../../../src/core/profile";
import type { BallotOutcome, UnitResult } from "../../../src/core/result";
import { award, ballot, clean, profileWith, unit } from "./builders";

interface Scenario {
  units: UnitResult[];
  profile: RuleProfile;
  ballots?: BallotOutcome[];
  conditions?: ConditionInput[];
  awardHistory?: AwardHistoryEntry[];
  year?: number;
}

function run(scenario: Scenario) {
  return nominate({
    year: scenario.year ?? 2025,
    units: scenario.units,
    ballots: scenario.ballots ?? [],
    conditions: scenario.conditions ?? scenario.units.map((u) => clean(u.unitId)),
    awardHistory: scenario.awardHistory ?? [],
    profile: scenario.profile,
  });
}

function nominationOf(result: ReturnType<typeof run>, unitId: string) {
  const found = result.nominations.find((n) => n.unitId === unitId);
  if (!found) throw new Error(`no nomination for ${unitId}`);
  return found;
}

describe("nominate on the seed's 2018 bloc", () => {
  const totals = [985.5, 972, 961, 955.5, 948, 940];
  const units = totals.map((total, index) =>
    unit(`u${index + 1}`, index + 1, { total, name: `Đơn vị ${index + 1}` })
  );
  const [government, provincial, certificate] = SEED_BLOC_2018_PROFILE.awards.map((a) => a.id) as [
    string,
    string,
    string,
  ];
  const ballots = [
    ballot("u1", government, 6, 6),
    ballot("u2", provincial, 6, 6),
    ...["u3", "u4", "u5", "u6"].map((id) => ballot(id, certificate, 6, 6)),
  ];
  const result = run({ units, ballots, profile: SEED_BLOC_2018_PROFILE, year: 2018 });

  test("proposes the two flags for the first two units and certificates for the others", () => {
    expect(result.nominations.map((n) => n.awardId)).toEqual([
      government,
      provincial,
      certificate,
      certificate,
      certificate,
      certificate,
    ]);
    expect(result.problems).toEqual([]);
  });

  test("gives the proposed unit's rank, score and votes in words", () => {
    expect(nominationOf(result, "u1").reasons).toEqual([
      {
        awardId: government,
        outcome: "proposed",
        message: {
          vi: "Hạng 1/6, 985,5 điểm, 6/6 phiếu (100%)",
          en: "1st of 6, 985.5 points, 6/6 votes (100%)",
        },
      },
    ]);
  });

  test("explains each higher award a unit did not get, then the one it got", () => {
    const reasons = nominationOf(result, "u3").reasons;
    expect(reasons.map((r) => [r.awardId, r.outcome])).toEqual([
      [government, "notEligible"],
      [provincial, "notEligible"],
      [certificate, "proposed"],
    ]);
    expect(reasons[0]!.message).toEqual({
      vi: "Không phải đơn vị dẫn đầu khối (xếp hạng 3)",
      en: "not the bloc's leading unit (ranked 3rd)",
    });
    expect(reasons[1]!.message).toEqual({
      vi: "Xếp hạng 3, danh hiệu này cần hạng 2 trở lên",
      en: "ranked 3rd, the award needs 2nd or better",
    });
  });
});

describe("nominate with quotas", () => {
  test("a second eligible unit finds the quota reached and goes on to the next award", () => {
    const profile = profileWith([
      award("flag", { quota: { kind: "count", count: 1 } }),
      award("merit"),
    ]);
    const result = run({ units: [unit("a", 1), unit("b", 2)], profile });
    const b = nominationOf(result, "b");
    expect(b.awardId).toBe("merit");
    expect(b.reasons[0]).toEqual({
      awardId: "flag",
      outcome: "quotaReached",
      message: { vi: "Đã đủ chỉ tiêu 1 đơn vị", en: "quota of 1 reached" },
    });
    expect(b.reasons[1]!.outcome).toBe("proposed");
  });

  test("a quota of zero proposes nobody", () => {
    const profile = profileWith([award("flag", { quota: { kind: "count", count: 0 } })]);
    const result = run({ units: [unit("a", 1)], profile });
    expect(result.nominations[0]).toEqual({
      unitId: "a",
      awardId: null,
      reasons: [
        {
          awardId: "flag",
          outcome: "quotaReached",
          message: { vi: "Đã đủ chỉ tiêu 0 đơn vị", en: "quota of 0 reached" },
        },
      ],
    });
  });

  test.each([
    ["down", 20, 6, 1],
    ["up", 20, 6, 2],
    ["nearest", 20, 6, 1],
    ["nearest", 50, 5, 3],
    ["down", 50, 4, 2],
    ["up", 0, 6, 0],
  ] as const)(
    "a %s-rounded quota of %i%% among %i units admits %i",
    (rounding, percent, count, expected) => {
      const profile = profileWith([
        award("merit", { quota: { kind: "percent", percent, rounding } }),
      ]);
      const units = Array.from({ length: count }, (_, index) => unit(`u${index}`, index + 1));
      const result = run({ units, profile });
      expect(result.nominations.filter((n) => n.awardId === "merit")).toHaveLength(expected);
    }
  );

  test("a percentage quota names both the percentage and the number of places when reached", () => {
    const profile = profileWith([
      award("merit", { quota: { kind: "percent", percent: 20, rounding: "down" } }),
    ]);
    const units = Array.from({ length: 6 }, (_, index) => unit(`u${index}`, index + 1));
    const reason = nominationOf(run({ units, profile }), "u1").reasons[0]!;
    expect(reason.outcome).toBe("quotaReached");
    expect(reason.message).toEqual({
      vi: "Đã đủ chỉ tiêu 20% (1 đơn vị)",
      en: "quota of 20% (1 unit) reached",
    });
  });

  test("an unlimited award goes to every eligible unit", () => {
    const profile = profileWith([award("merit")]);
    const result = run({ units: [unit("a", 1), unit("b", 2), unit("c", 3)], profile });
    expect(result.nominations.map((n) => n.awardId)).toEqual(["merit", "merit", "merit"]);
  });
});

describe("nominate with a tie at the quota's edge", () => {
  const profile = profileWith([
    award("flag", { quota: { kind: "count", count: 2 } }),
    award("merit"),
  ]);
  const units = [
    unit("a", 1),
    unit("b", 2, { tied: true, name: "Hội Nông dân tỉnh" }),
    unit("c", 2, { tied: true, name: "Tỉnh đoàn" }),
    unit("d", 4),
  ];
  const result = run({ units, profile });

  test("gives the award to the units above the tie", () => {
    expect(nominationOf(result, "a").awardId).toBe("flag");
  });

  test("gives none of the tied group the award and leaves it to the chair", () => {
    for (const id of ["b", "c"]) {
      const nomination = nominationOf(result, id);
      expect(nomination.awardId).toBeNull();
      expect(nomination.reasons).toHaveLength(1);
      expect(nomination.reasons[0]!.outcome).toBe("tiedAtQuota");
    }
    expect(nominationOf(result, "b").reasons[0]!.message).toEqual({
      vi: "Đồng hạng 2 với Tỉnh đoàn khi chỉ còn 1 suất: chủ trì hội nghị quyết định",
      en: "tied for rank 2 with Tỉnh đoàn for 1 remaining place: the chair decides",
    });
  });

  test("warns with quota.tie naming the award and the units", () => {
    expect(result.problems).toHaveLength(1);
    const warning = result.problems[0]!;
    expect(warning).toMatchObject({ code: "quota.tie", severity: "warning", unitId: "b" });
    expect(warning.message.vi).toContain("Danh hiệu flag");
    expect(warning.message.vi).toContain("Hội Nông dân tỉnh, Tỉnh đoàn");
    expect(warning.message.en).toContain("1 place left for 2 units tied for rank 2");
  });

  test("does not let a lower-ranked unit take the place held for the tie, but lets it have the next award", () => {
    const d = nominationOf(result, "d");
    expect(d.reasons[0]).toMatchObject({ awardId: "flag", outcome: "quotaReached" });
    expect(d.reasons[0]!.message.en).toContain("tied for rank 2");
    expect(d.awardId).toBe("merit");
  });

  test("gives the award to a whole tied group when it fits, saying the rank is shared", () => {
    const fits = run({
      units,
      profile: profileWith([award("flag", { quota: { kind: "count", count: 3 } })]),
    });
    expect(fits.nominations.map((n) => n.awardId)).toEqual(["flag", "flag", "flag", null]);
    expect(nominationOf(fits, "b").reasons[0]!.message).toEqual({
      vi: "Đồng hạng 2/4, 98 điểm",
      en: "tied 2nd of 4, 98 points",
    });
    expect(fits.problems).toEqual([]);
  });

  test("a tie for a single place at the top leaves the place to the chair", () => {
    const top = run({
      units: [unit("a", 1, { tied: true }), unit("b", 1, { tied: true }), unit("c", 3)],
      profile: profileWith([award("flag", { quota: { kind: "count", count: 1 } })]),
    });
    expect(top.nominations.map((n) => n.reasons[0]!.outcome)).toEqual([
      "tiedAtQuota",
      "tiedAtQuota",
      "quotaReached",
    ]);
    expect(top.nominations.every((n) => n.awardId === null)).toBe(true);
  });

  test("a tied unit that is not eligible does not count in the tied group", () => {
    const partly = run({
      units,
      profile: profileWith([award("flag", { quota: { kind: "count", count: 2 }, minScore: 98 })]),
      conditions: [clean("a"), clean("b"), clean("c", { underInvestigation: true }), clean("d")],
    });
    expect(partly.nominations.map((n) => n.awardId)).toEqual(["flag", "flag", null, null]);
    expect(partly.problems).toEqual([]);
  });
});

describe("nominate's eligibility conditions", () => {
  test("a rank worse than the best allowed is explained with the rank needed", () => {
    const result = run({
      units: [unit("a", 1), unit("b", 2), unit("c", 3)],
      profile: profileWith([award("flag", { bestRank: 2 })]),
    });
    expect(nominationOf(result, "b").awardId).toBe("flag");
    expect(nominationOf(result, "c").reasons[0]!.message.en).toBe(
      "ranked 3rd, the award needs 2nd or better"
    );
  });

  test("a grade below the minimum is explained with both grades", () => {
    const result = run({
      units: [unit("a", 1, { grade: "good" })],
      profile: profileWith([award("flag", { minGrade: "excellent" })]),
    });
    expect(result.nominations[0]!.reasons[0]).toEqual({
      awardId: "flag",
      outcome: "notEligible",
      message: {
        vi: "Xếp loại Hoàn thành tốt nhiệm vụ, cần Hoàn thành xuất sắc nhiệm vụ",
        en: 'graded "completed duties well", needs "completed duties excellently"',
      },
    });
  });

  test("a better grade than the minimum qualifies", () => {
    const result = run({
      units: [unit("a", 1, { grade: "excellent" })],
      profile: profileWith([award("merit", { minGrade: "pass" })]),
    });
    expect(result.nominations[0]!.awardId).toBe("merit");
  });

  test("a total below the minimum score is explained with both numbers", () => {
    const result = run({
      units: [unit("a", 1, { total: 78.5 })],
      profile: profileWith([award("flag", { minScore: 80 })]),
    });
    expect(result.nominations[0]!.reasons[0]!.message).toEqual({
      vi: "Tổng điểm 78,5 dưới mức tối thiểu 80",
      en: "total of 78.5 below the minimum of 80",
    });
  });

  test("a total equal to the minimum score qualifies", () => {
    const result = run({
      units: [unit("a", 1, { total: 80 })],
      profile: profileWith([award("flag", { minScore: 80 })]),
    });
    expect(result.nominations[0]!.awardId).toBe("flag");
  });

  describe("votes", () => {
    const flag = award("flag", { voteThreshold: 0.8 });

    test("a share below the threshold is explained with the votes and the threshold", () => {
      const result = run({
        units: [unit("a", 1)],
        profile: profileWith([flag]),
        ballots: [ballot("a", "flag", 4, 6)],
      });
      expect(result.nominations[0]!.reasons[0]!.message).toEqual({
        vi: "4/6 phiếu (66,7%) dưới ngưỡng 80%",
        en: "4/6 votes (66.7%) below the 80% threshold",
      });
    });

    test("a share exactly at the threshold passes when the profile does not ask for more", () => {
      const result = run({
        units: [unit("a", 1)],
        profile: profileWith([flag]),
        ballots: [ballot("a", "flag", 4, 5)],
      });
      expect(result.nominations[0]!.awardId).toBe("flag");
      expect(result.nominations[0]!.reasons[0]!.message.en).toBe(
        "1st of 1, 99 points, 4/5 votes (80%)"
      );
    });

    test("a share exactly at the threshold fails when more than the threshold is needed", () => {
      const profile = profileWith([award("flag", { voteThreshold: 0.5 })], {
        ballot: { threshold: 0.5, base: "present", quorum: 0, strictlyAbove: true },
      });
      const result = run({ units: [unit("a", 1)], profile, ballots: [ballot("a", "flag", 3, 6)] });
      expect(result.nominations[0]!.awardId).toBeNull();
      expect(result.nominations[0]!.reasons[0]!.message).toEqual({
        vi: "3/6 phiếu (50%) không vượt quá ngưỡng 50%",
        en: "3/6 votes (50%) not above the 50% threshold",
      });
      const more = run({ units: [unit("a", 1)], profile, ballots: [ballot("a", "flag", 4, 6)] });
      expect(more.nominations[0]!.awardId).toBe("flag");
    });

    test("no ballot recorded for an otherwise eligible unit makes it not eligible", () => {
      const result = run({
        units: [unit("a", 1)],
        profile: profileWith([flag]),
        ballots: [ballot("a", "other", 6, 6)],
      });
      expect(result.nominations[0]!.reasons[0]).toEqual({
        awardId: "flag",
        outcome: "notEligible",
        message: {
          vi: "Chưa có kết quả bỏ phiếu cho danh hiệu này",
          en: "no ballot recorded for this award",
        },
      });
    });

    test("a ballot without quorum does not count", () => {
      const result = run({
        units: [unit("a", 1)],
        profile: profileWith([flag]),
        ballots: [ballot("a", "flag", 6, 6, false)],
      });
      expect(result.nominations[0]!.awardId).toBeNull();
      expect(result.nominations[0]!.reasons[0]!.message.en).toBe(
        "the ballot did not have the required quorum"
      );
    });

    test("an award that is not voted on needs no ballot and says nothing of votes", () => {
      const result = run({ units: [unit("a", 1)], profile: profileWith([award("merit")]) });
      expect(result.nominations[0]!.reasons[0]!.message).toEqual({
        vi: "Hạng 1/1, 99 điểm",
        en: "1st of 1, 99 points",
      });
    });
  });

  test("lists every unmet condition, not just the first", () => {
    const profile = profileWith([
      award("flag", { bestRank: 1, minGrade: "excellent", minScore: 99, voteThreshold: 0.8 }),
    ]);
    const result = run({
      units: [unit("a", 1), unit("b", 2, { grade: "pass" })],
      profile,
      ballots: [ballot("a", "flag", 6, 6), ballot("b", "flag", 1, 6)],
      conditions: [clean("a"), clean("b", { underInvestigation: true })],
    });
    const message = nominationOf(result, "b").reasons[0]!.message;
    expect(message.en).toBe(
      "under inspection or investigation; not the bloc's leading unit (ranked 2nd); " +
        'graded "completed duties", needs "completed duties excellently"; total of 98 below the minimum of 99; ' +
        "1/6 votes (16.7%) below the 80% threshold"
    );
    expect(message.vi.startsWith("Đang bị thanh tra")).toBe(true);
  });

  test("a blocked unit gets nothing, with the reason for every award", () => {
    const profile = profileWith([award("flag"), award("merit")]);
    const result = run({
      units: [unit("a", 1), unit("b", 2)],
      profile,
      conditions: [clean("a", { pendingComplaint: true, disciplineLevel: 2 }), clean("b")],
    });
    const a = nominationOf(result, "a");
    expect(a.awardId).toBeNull();
    expect(a.reasons.map((r) => [r.awardId, r.outcome])).toEqual([
      ["flag", "notEligible"],
      ["merit", "notEligible"],
    ]);
    expect(a.reasons[1]!.message.vi).toBe(
      "Đang bị xem xét kỷ luật hoặc bị kỷ luật mức 2 (từ mức 1 không được đề nghị); đang có khiếu nại, tố cáo chưa được giải quyết"
    );
    expect(nominationOf(result, "b").awardId).toBe("flag");
  });
});

describe("nominate's history conditions", () => {
  const flag = (withinYears: number | null): AwardRule =>
    award("flag", { history: [{ kind: "awardEarlier", awardId: "merit", withinYears }] });
  const merit = award("merit");

  test("an award in the window qualifies", () => {
    const result = run({
      units: [unit("a", 1)],
      profile: profileWith([flag(2), merit]),
      awardHistory: [{ year: 2023, unitId: "a", awardId: "merit" }],
    });
    expect(result.nominations[0]!.awardId).toBe("flag");
  });

  test("an award before the window does not, and the years are named", () => {
    const result = run({
      units: [unit("a", 1)],
      profile: profileWith([flag(2), merit]),
      awardHistory: [
        { year: 2022, unitId: "a", awardId: "merit" },
        { year: 2024, unitId: "b", awardId: "merit" },
      ],
    });
    expect(result.nominations[0]!.awardId).toBe("merit");
    expect(result.nominations[0]!.reasons[0]!.message).toEqual({
      vi: "Chưa được tặng Danh hiệu merit trong năm 2023–2024",
      en: "has not received the award merit in 2023–2024",
    });
  });

  test("a window of one year names that year", () => {
    const result = run({ units: [unit("a", 1)], profile: profileWith([flag(1), merit]) });
    expect(result.nominations[0]!.reasons[0]!.message.en).toBe(
      "has not received the award merit in 2024"
    );
  });

  test("with no window any earlier year counts, but not this year", () => {
    const qualifies = run({
      units: [unit("a", 1)],
      profile: profileWith([flag(null), merit]),
      awardHistory: [{ year: 2001, unitId: "a", awardId: "merit" }],
    });
    expect(qualifies.nominations[0]!.awardId).toBe("flag");
    const thisYear = run({
      units: [unit("a", 1)],
      profile: profileWith([flag(null), merit]),
      awardHistory: [{ year: 2025, unitId: "a", awardId: "merit" }],
    });
    expect(thisYear.nominations[0]!.reasons[0]!.message).toEqual({
      vi: "Chưa từng được tặng Danh hiệu merit",
      en: "has not received the award merit in an earlier year",
    });
  });

  describe("consecutive grades", () => {
    const streak = award("flag", {
      history: [{ kind: "consecutiveGrade", grade: "good", years: 3 }],
    });

    test("holds when this year's grade and the earlier years' are good or better", () => {
      const result = run({
        units: [unit("a", 1, { grade: "excellent" })],
        profile: profileWith([streak]),
        awardHistory: [
          { year: 2023, unitId: "a", grade: "good" },
          { year: 2024, unitId: "a", grade: "excellent" },
        ],
      });
      expect(result.nominations[0]!.awardId).toBe("flag");
    });

    test("names every year that breaks the streak, this year included", () => {
      const result = run({
        units: [unit("a", 1, { grade: "pass" })],
        profile: profileWith([streak]),
        awardHistory: [
          { year: 2023, unitId: "a", grade: "pass" },
          { year: 2024, unitId: "a", grade: "good" },
        ],
      });
      expect(result.nominations[0]!.reasons[0]!.message).toEqual({
        vi: "Chưa đạt Hoàn thành tốt nhiệm vụ trở lên 3 năm liên tục (năm 2023, 2025 chưa đạt)",
        en: 'not graded "completed duties well" or better for 3 consecutive years (not in 2023, 2025)',
      });
    });

    test("a year with no recorded grade breaks the streak", () => {
      const result = run({
        units: [unit("a", 1)],
        profile: profileWith([streak]),
        awardHistory: [
          { year: 2024, unitId: "a", grade: "excellent" },
          { year: 2023, unitId: "b", grade: "excellent" },
        ],
      });
      expect(result.nominations[0]!.reasons[0]!.message.en).toContain("(not in 2023)");
    });
  });
});

describe("nominate's output", () => {
  test("gives one nomination per unit in the order of the units given, whatever their ranks", () => {
    const profile = profileWith([
      award("flag", { quota: { kind: "count", count: 1 } }),
      award("merit"),
    ]);
    const result = run({ units: [unit("c", 3), unit("a", 1), unit("b", 2)], profile });
    expect(result.nominations.map((n) => [n.unitId, n.awardId])).toEqual([
      ["c", "merit"],
      ["a", "flag"],
      ["b", "merit"],
    ]);
  });

  test("with no awards, every unit gets nothing and no reasons", () => {
    const result = run({ units: [unit("a", 1)], profile: profileWith([]) });
    expect(result).toEqual({
      nominations: [{ unitId: "a", awardId: null, reasons: [] }],
      problems: [],
    });
  });

  test("with no units there is nothing to nominate", () => {
    expect(run({ units: [], profile: SEED_BLOC_2018_PROFILE })).toEqual({
      nominations: [],
      problems: [],
    });
  });

  test("does not change its input", () => {
    const units = [unit("b", 2), unit("a", 1)];
    const frozen = JSON.stringify(units);
    run({ units, profile: profileWith([award("flag")]) });
    expect(JSON.stringify(units)).toBe(frozen);
  });
});
