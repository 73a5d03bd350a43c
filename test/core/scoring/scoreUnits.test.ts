import fc from "fast-check";
import type {
  BlocInput,
  CriterionInput,
  CriterionScore,
  UnitInput,
  UnitScores,
} from "../../../src/core/model";
import type { Problem } from "../../../src/core/problem";
import { scoreUnits, type ScoredUnit } from "../../../src/core/scoring";
import { testProfile, type TestProfileOverrides } from "../helpers/testProfile";

const HLHPN: UnitInput = {
  id: "hlhpn",
  name: "Hội LHPN tỉnh",
  location: { sheet: "Đơn vị", cell: "B3" },
};
const LDLD: UnitInput = {
  id: "ldld",
  name: "Liên đoàn Lao động tỉnh",
  location: { sheet: "Đơn vị", cell: "B4" },
};

const CRITERIA: CriterionInput[] = [
  {
    id: "1.1",
    code: "1.1",
    title: "Tuyên truyền",
    group: "I",
    maxPoints: 40,
    location: { sheet: "Chấm điểm", cell: "B5" },
  },
  {
    id: "1.2",
    code: "1.2",
    title: "Phát triển hội viên",
    group: "I",
    maxPoints: 10,
    location: { sheet: "Chấm điểm", cell: "B6" },
  },
  {
    id: "2.1",
    code: "2.1",
    title: "Phong trào thi đua",
    group: "II",
    maxPoints: 50,
    location: { sheet: "Chấm điểm", cell: "B8" },
  },
];

function bloc(parts: Partial<BlocInput>): BlocInput {
  return {
    year: 2024,
    blocName: "Khối thử",
    units: [HLHPN, LDLD],
    criteria: CRITERIA,
    scores: [],
    votes: [],
    conditions: [],
    awardHistory: [],
    leaderHistory: [],
    ...parts,
  };
}

/** A row with the bloc's score for each criterion in order (self one point lower, within 0…max). */
function row(
  unitId: string,
  blocScores: readonly number[],
  extra: Partial<UnitScores> = {}
): UnitScores {
  return {
    unitId,
    criteria: blocScores.map((points, index) => ({
      criterionId: CRITERIA[index]!.id,
      bloc: points,
      self: Number.isFinite(points)
        ? Math.min(Math.max(0, points - 1), CRITERIA[index]!.maxPoints!)
        : null,
      location: { sheet: "Chấm điểm", cell: `D${5 + index}` },
    })),
    ...extra,
  };
}

function score(input: BlocInput, overrides: TestProfileOverrides = {}) {
  return scoreUnits(input, testProfile(overrides));
}

function unit(result: { units: ScoredUnit[] }, unitId: string): ScoredUnit {
  const found = result.units.find((u) => u.unitId === unitId);
  if (found === undefined) throw new Error(`no unit ${unitId}`);
  return found;
}

function codes(problems: readonly Problem[]): string[] {
  return problems.map((p) => `${p.severity} ${p.code}`);
}

describe("scoreUnits", () => {
  test("sums each unit's bloc scores into points, groups and a total, in the order of the units", () => {
    const result = score(bloc({ scores: [row("ldld", [35, 9, 45]), row("hlhpn", [40, 10, 48])] }));
    expect(result.problems).toEqual([]);
    expect(result.units.map((u) => u.unitId)).toEqual(["hlhpn", "ldld"]);
    expect(unit(result, "hlhpn")).toEqual({
      unitId: "hlhpn",
      name: "Hội LHPN tỉnh",
      selfPoints: 95,
      blocPoints: 98,
      points: 98,
      bonus: 0,
      deduction: 0,
      total: 98,
      groupPoints: { I: 50, II: 48 },
      grade: "excellent",
    });
    expect(unit(result, "ldld")).toMatchObject({
      points: 89,
      total: 89,
      groupPoints: { I: 44, II: 45 },
      grade: "good",
    });
  });

  test("counts the self score when the profile says so", () => {
    const result = score(bloc({ units: [HLHPN], scores: [row("hlhpn", [40, 10, 48])] }), {
      scoring: { countingScore: "self" },
    });
    expect(unit(result, "hlhpn")).toMatchObject({
      points: 95,
      total: 95,
      selfPoints: 95,
      blocPoints: 98,
    });
  });

  test("averages self and bloc scores, or takes the one present", () => {
    const cells: CriterionScore[] = [
      { criterionId: "1.1", self: 40, bloc: 35 },
      { criterionId: "1.2", self: 8 },
      { criterionId: "2.1", bloc: 44 },
    ];
    const result = score(bloc({ units: [HLHPN], scores: [{ unitId: "hlhpn", criteria: cells }] }), {
      scoring: { countingScore: "average" },
    });
    expect(result.problems).toEqual([]);
    expect(unit(result, "hlhpn")).toMatchObject({
      selfPoints: 48,
      blocPoints: 79,
      points: 37.5 + 8 + 44,
      groupPoints: { I: 45.5, II: 44 },
    });
  });

  test("gives null self points to a unit that did not score itself", () => {
    const cells: CriterionScore[] = CRITERIA.map((c) => ({ criterionId: c.id, bloc: 5 }));
    const result = score(bloc({ units: [HLHPN], scores: [{ unitId: "hlhpn", criteria: cells }] }));
    expect(unit(result, "hlhpn")).toMatchObject({ selfPoints: null, blocPoints: 15, points: 15 });
  });

  test("finds cells by criterion id when they are not in the criteria's order", () => {
    const cells: CriterionScore[] = [
      { criterionId: "2.1", bloc: 45 },
      { criterionId: "1.1", bloc: 30 },
      { criterionId: "1.2", bloc: 7 },
    ];
    const result = score(bloc({ units: [HLHPN], scores: [{ unitId: "hlhpn", criteria: cells }] }));
    expect(result.problems).toEqual([]);
    expect(unit(result, "hlhpn").groupPoints).toEqual({ I: 37, II: 45 });
  });

  describe("a score above its maximum", () => {
    const input = bloc({ units: [HLHPN], scores: [row("hlhpn", [40, 12, 45])] });

    test("is clamped with a warning naming the unit and criterion when the profile clamps", () => {
      const result = score(input);
      expect(result.problems).toEqual([
        {
          code: "score.aboveMaximum",
          severity: "warning",
          message: {
            vi: "Đơn vị Hội LHPN tỉnh: tiêu chí 1.2 được 12 điểm (khối chấm), vượt điểm chuẩn 10. Tính là 10 điểm.",
            en: "Hội LHPN tỉnh: criterion 1.2 scored 12 (bloc score), above its maximum of 10. Counted as 10.",
          },
          location: { sheet: "Chấm điểm", cell: "D6" },
          unitId: "hlhpn",
        },
      ]);
      expect(unit(result, "hlhpn").points).toBe(95);
    });

    test("is an error when the profile says so, and still clamped so the sums stay sane", () => {
      const result = score(input, { scoring: { aboveMaximum: "error" } });
      expect(codes(result.problems)).toEqual(["error score.aboveMaximum"]);
      expect(result.problems[0]!.message.vi).toBe(
        "Đơn vị Hội LHPN tỉnh: tiêu chí 1.2 được 12 điểm (khối chấm), vượt điểm chuẩn 10."
      );
      expect(unit(result, "hlhpn").points).toBe(95);
    });

    test("is written with a decimal comma in Vietnamese", () => {
      const result = score(bloc({ units: [HLHPN], scores: [row("hlhpn", [40, 10.5, 45])] }));
      expect(result.problems[0]!.message.vi).toContain("được 10,5 điểm");
      expect(result.problems[0]!.message.en).toContain("scored 10.5");
    });

    test("is only a warning in a self score when the bloc's score counts, even when the profile says error", () => {
      const cells: CriterionScore[] = [
        { criterionId: "1.1", self: 41, bloc: 40 },
        { criterionId: "1.2", bloc: 10 },
        { criterionId: "2.1", bloc: 50 },
      ];
      const result = score(
        bloc({ units: [HLHPN], scores: [{ unitId: "hlhpn", criteria: cells }] }),
        {
          scoring: { aboveMaximum: "error" },
        }
      );
      expect(codes(result.problems)).toEqual(["warning score.aboveMaximum"]);
      expect(result.problems[0]!.message.en).toContain("(self score)");
      expect(unit(result, "hlhpn")).toMatchObject({ selfPoints: 40, points: 100 });
    });
  });

  test("reports a negative score as an error and counts it as 0", () => {
    const result = score(bloc({ units: [HLHPN], scores: [row("hlhpn", [40, 10, 45])] }));
    const negative = score(bloc({ units: [HLHPN], scores: [row("hlhpn", [-3, 10, 45])] }));
    expect(result.problems).toEqual([]);
    expect(codes(negative.problems)).toEqual(["error score.negative"]);
    expect(negative.problems[0]).toMatchObject({
      unitId: "hlhpn",
      location: { sheet: "Chấm điểm", cell: "D5" },
    });
    expect(negative.problems[0]!.message.vi).toContain("tiêu chí 1.1 được -3 điểm");
    expect(unit(negative, "hlhpn").points).toBe(55);
  });

  test("reports problems in a score that does not count as warnings", () => {
    const cells: CriterionScore[] = [
      { criterionId: "1.1", self: -1, bloc: 40 },
      { criterionId: "1.2", self: NaN, bloc: 10 },
      { criterionId: "2.1", bloc: 50 },
    ];
    const result = score(bloc({ units: [HLHPN], scores: [{ unitId: "hlhpn", criteria: cells }] }));
    expect(codes(result.problems)).toEqual(["warning score.negative", "warning score.notNumber"]);
    expect(unit(result, "hlhpn")).toMatchObject({ selfPoints: 0, blocPoints: 100, points: 100 });
  });

  test("reports a missing bloc score but not a missing self score when the bloc's counts", () => {
    const cells: CriterionScore[] = CRITERIA.map((c) => ({ criterionId: c.id, bloc: 1 }));
    const result = score(bloc({ units: [HLHPN], scores: [{ unitId: "hlhpn", criteria: cells }] }));
    expect(result.problems).toEqual([]);
    const selfOnly = score(
      bloc({ units: [HLHPN], scores: [{ unitId: "hlhpn", criteria: cells }] }),
      {
        scoring: { countingScore: "self" },
      }
    );
    expect(codes(selfOnly.problems)).toEqual([
      "error score.missing",
      "error score.missing",
      "error score.missing",
    ]);
    expect(selfOnly.problems[0]!.message.vi).toBe(
      "Đơn vị Hội LHPN tỉnh: tiêu chí 1.1 chưa có điểm tự chấm."
    );
  });

  test("reports a missing score under the average rule only when both are missing", () => {
    const cells: CriterionScore[] = [
      { criterionId: "1.1", self: 30 },
      { criterionId: "1.2", bloc: 5 },
    ];
    const result = score(bloc({ units: [HLHPN], scores: [{ unitId: "hlhpn", criteria: cells }] }), {
      scoring: { countingScore: "average" },
    });
    expect(codes(result.problems)).toEqual(["error score.missing"]);
    expect(result.problems[0]!.message.en).toBe(
      "Hội LHPN tỉnh: criterion 2.1 has neither a self nor a bloc score."
    );
  });

  test("reports a score that is not a number once, without also calling it missing", () => {
    const result = score(bloc({ units: [HLHPN], scores: [row("hlhpn", [NaN, 10, 45])] }));
    expect(codes(result.problems)).toEqual(["error score.notNumber"]);
    expect(result.problems[0]!.message.en).toBe(
      "Hội LHPN tỉnh: the bloc score for criterion 1.1 is not a number."
    );
    expect(unit(result, "hlhpn").points).toBe(55);
  });

  test("reports a missing counting score at the criterion's row and counts 0", () => {
    const cells: CriterionScore[] = [
      { criterionId: "1.1", bloc: 40 },
      { criterionId: "1.2", self: 9 },
    ];
    const result = score(bloc({ units: [HLHPN], scores: [{ unitId: "hlhpn", criteria: cells }] }));
    expect(result.problems).toEqual([
      expect.objectContaining({
        code: "score.missing",
        severity: "error",
        unitId: "hlhpn",
        message: {
          vi: "Đơn vị Hội LHPN tỉnh: tiêu chí 1.2 chưa có điểm khối chấm.",
          en: "Hội LHPN tỉnh: criterion 1.2 has no bloc score.",
        },
      }),
      expect.objectContaining({
        code: "score.missing",
        unitId: "hlhpn",
        location: { sheet: "Chấm điểm", cell: "B8" },
      }),
    ]);
    expect(unit(result, "hlhpn")).toMatchObject({ points: 40, groupPoints: { I: 40, II: 0 } });
  });

  test("reports a unit with no row once, with zeros and every group", () => {
    const result = score(bloc({ scores: [row("ldld", [35, 9, 45])] }));
    expect(result.problems).toEqual([
      {
        code: "score.missing",
        severity: "error",
        message: {
          vi: "Đơn vị Hội LHPN tỉnh chưa được chấm điểm (không có trong bảng chấm điểm).",
          en: "Hội LHPN tỉnh has not been scored (it is not in the scoring table).",
        },
        location: { sheet: "Đơn vị", cell: "B3" },
        unitId: "hlhpn",
      },
    ]);
    expect(unit(result, "hlhpn")).toEqual({
      unitId: "hlhpn",
      name: "Hội LHPN tỉnh",
      selfPoints: null,
      blocPoints: null,
      points: 0,
      bonus: 0,
      deduction: 0,
      total: 0,
      groupPoints: { I: 0, II: 0 },
      grade: "fail",
    });
  });

  test("uses the first row when a unit is scored twice", () => {
    const result = score(
      bloc({ units: [HLHPN], scores: [row("hlhpn", [40, 10, 45]), row("hlhpn", [1, 1, 1])] })
    );
    expect(unit(result, "hlhpn").points).toBe(95);
  });

  test("reports a criterion without a maximum once, still counts its scores, and never calls them missing", () => {
    const criteria: CriterionInput[] = [
      CRITERIA[0]!,
      {
        id: "x",
        code: "3.1",
        title: "Phối hợp",
        group: "III",
        maxPoints: null,
        location: { sheet: "Chấm điểm", cell: "B10" },
      },
    ];
    const scores: UnitScores[] = [
      {
        unitId: "hlhpn",
        criteria: [
          { criterionId: "1.1", bloc: 30 },
          { criterionId: "x", bloc: 7 },
        ],
      },
      { unitId: "ldld", criteria: [{ criterionId: "1.1", bloc: 20 }] },
    ];
    const result = score(bloc({ criteria, scores }));
    expect(result.problems).toEqual([
      {
        code: "criterion.noMaximum",
        severity: "error",
        message: {
          vi: "Tiêu chí 3.1 (Phối hợp) chưa có điểm chuẩn hợp lệ.",
          en: "Criterion 3.1 (Phối hợp) has no valid maximum points.",
        },
        location: { sheet: "Chấm điểm", cell: "B10" },
      },
    ]);
    expect(unit(result, "hlhpn")).toMatchObject({ points: 37, groupPoints: { I: 30, III: 7 } });
    expect(unit(result, "ldld")).toMatchObject({ points: 20, groupPoints: { I: 20, III: 0 } });
  });

  test.each([NaN, -5, Infinity])("reports a maximum of %p as no maximum", (maxPoints) => {
    const criteria: CriterionInput[] = [
      { id: "x", code: "1", title: "Chung", group: "I", maxPoints },
    ];
    const result = score(
      bloc({
        units: [HLHPN],
        criteria,
        scores: [{ unitId: "hlhpn", criteria: [{ criterionId: "x", bloc: 4 }] }],
      })
    );
    expect(codes(result.problems)).toEqual(["error criterion.noMaximum"]);
    expect(unit(result, "hlhpn").points).toBe(4);
  });

  test("names a criterion without a number by its title", () => {
    const criteria: CriterionInput[] = [
      { id: "x", code: " ", title: "Khác", group: "I", maxPoints: 5 },
    ];
    const result = score(
      bloc({
        units: [HLHPN],
        criteria,
        scores: [{ unitId: "hlhpn", criteria: [{ criterionId: "x", bloc: 6 }] }],
      })
    );
    expect(result.problems[0]!.message.vi).toContain('tiêu chí "Khác" được 6 điểm');
  });

  describe("a quantitative criterion", () => {
    const members: CriterionInput = {
      id: "q",
      code: "1.3",
      title: "Kết nạp hội viên mới",
      group: "I",
      maxPoints: 20,
      quantitative: { target: 500, lowerIsBetter: false },
      location: { sheet: "Chấm điểm", cell: "B7" },
    };

    test("earns points from its actual value, for both self and bloc scores", () => {
      const input = bloc({
        units: [HLHPN],
        criteria: [members],
        scores: [{ unitId: "hlhpn", criteria: [{ criterionId: "q", actual: 450 }] }],
      });
      const result = score(input);
      expect(result.problems).toEqual([]);
      expect(unit(result, "hlhpn")).toMatchObject({ selfPoints: 18, blocPoints: 18, points: 18 });
    });

    test("uses the profile's points method and completion cap", () => {
      const input = bloc({
        units: [HLHPN],
        criteria: [members],
        scores: [{ unitId: "hlhpn", criteria: [{ criterionId: "q", actual: 500 }] }],
      });
      expect(
        unit(score(input, { scoring: { pointsMethod: "capped", completionCap: 1.25 } }), "hlhpn")
          .points
      ).toBeCloseTo(16);
      expect(
        unit(score(input, { scoring: { pointsMethod: "allOrNothing" } }), "hlhpn").points
      ).toBe(20);
    });

    test("keeps a score written in the cell over the one from the actual value", () => {
      const cells: CriterionScore[] = [{ criterionId: "q", actual: 450, bloc: 15 }];
      const result = score(
        bloc({
          units: [HLHPN],
          criteria: [members],
          scores: [{ unitId: "hlhpn", criteria: cells }],
        })
      );
      expect(unit(result, "hlhpn")).toMatchObject({ selfPoints: 18, blocPoints: 15, points: 15 });
    });

    test("gives full points to a lower-is-better target beaten with 0", () => {
      const complaints: CriterionInput = {
        ...members,
        quantitative: { target: 3, lowerIsBetter: true },
      };
      const cells: CriterionScore[] = [{ criterionId: "q", actual: 0 }];
      const result = score(
        bloc({
          units: [HLHPN],
          criteria: [complaints],
          scores: [{ unitId: "hlhpn", criteria: cells }],
        })
      );
      expect(unit(result, "hlhpn").points).toBe(20);
    });

    test("reports a negative actual value as an error", () => {
      const cells: CriterionScore[] = [
        { criterionId: "q", actual: -5, location: { sheet: "Chấm điểm", cell: "E7" } },
      ];
      const result = score(
        bloc({
          units: [HLHPN],
          criteria: [members],
          scores: [{ unitId: "hlhpn", criteria: cells }],
        })
      );
      expect(codes(result.problems)).toEqual(["error score.negative"]);
      expect(result.problems[0]).toMatchObject({
        unitId: "hlhpn",
        location: { sheet: "Chấm điểm", cell: "E7" },
      });
      expect(result.problems[0]!.message.vi).toBe(
        "Đơn vị Hội LHPN tỉnh: tiêu chí 1.3: Kết quả thực hiện (actual) không được âm, nhận được -5."
      );
      expect(unit(result, "hlhpn").points).toBe(0);
    });

    test("reports an actual value that is not a number", () => {
      const cells: CriterionScore[] = [{ criterionId: "q", actual: NaN }];
      const result = score(
        bloc({
          units: [HLHPN],
          criteria: [members],
          scores: [{ unitId: "hlhpn", criteria: cells }],
        })
      );
      expect(codes(result.problems)).toEqual(["error score.notNumber"]);
    });

    test("with a bad target is reported once, and units that gave an actual value are not called missing", () => {
      const broken: CriterionInput = {
        ...members,
        quantitative: { target: 0, lowerIsBetter: false },
      };
      const scores: UnitScores[] = [
        { unitId: "hlhpn", criteria: [{ criterionId: "q", actual: 450 }] },
        { unitId: "ldld", criteria: [{ criterionId: "q", actual: 300, bloc: 12 }] },
      ];
      const result = score(bloc({ criteria: [broken], scores }));
      expect(result.problems).toEqual([
        {
          code: "criterion.noTarget",
          severity: "error",
          message: {
            vi: "Tiêu chí 1.3 (Kết nạp hội viên mới) là chỉ tiêu định lượng nhưng chỉ tiêu phải là số dương, nhận được 0.",
            en: "Criterion 1.3 (Kết nạp hội viên mới) is a quantitative target, but its target must be a positive number, got 0.",
          },
          location: { sheet: "Chấm điểm", cell: "B7" },
        },
      ]);
      expect(unit(result, "hlhpn").points).toBe(0);
      expect(unit(result, "ldld").points).toBe(12);
    });

    test("with neither an actual value nor a score is missing", () => {
      const result = score(
        bloc({ units: [HLHPN], criteria: [members], scores: [{ unitId: "hlhpn", criteria: [] }] })
      );
      expect(codes(result.problems)).toEqual(["error score.missing"]);
      expect(result.problems[0]!.message.en).toBe(
        "Hội LHPN tỉnh: criterion 1.3 has no bloc score and no actual value."
      );
    });

    test("reports a bad completion cap in the profile once", () => {
      const scores: UnitScores[] = [
        { unitId: "hlhpn", criteria: [{ criterionId: "q", actual: 450 }] },
        { unitId: "ldld", criteria: [{ criterionId: "q", actual: 300 }] },
      ];
      const result = score(bloc({ criteria: [members], scores }), {
        scoring: { completionCap: 0.5 },
      });
      expect(codes(result.problems)).toEqual(["error profile.invalid"]);
      expect(result.problems[0]!.message.vi).toContain("0,5");
    });
  });

  describe("bonus and deduction", () => {
    function withExtras(extra: Partial<UnitScores>, overrides: TestProfileOverrides = {}) {
      return score(
        bloc({ units: [HLHPN], scores: [row("hlhpn", [30, 10, 40], extra)] }),
        overrides
      );
    }

    test("add and subtract the bloc's figures", () => {
      const result = withExtras({ bonus: { self: 1, bloc: 3 }, deduction: { self: 0, bloc: 2 } });
      expect(unit(result, "hlhpn")).toMatchObject({
        points: 80,
        bonus: 3,
        deduction: 2,
        total: 81,
        grade: "good",
      });
    });

    test("are capped by the profile", () => {
      const result = withExtras({ bonus: { bloc: 8 }, deduction: { bloc: 15 } });
      expect(unit(result, "hlhpn")).toMatchObject({ bonus: 5, deduction: 10, total: 75 });
      expect(result.problems).toEqual([]);
    });

    test("are uncapped when the profile has no caps", () => {
      const result = withExtras(
        { bonus: { bloc: 8 }, deduction: { bloc: 15 } },
        { scoring: { bonusCap: null, deductionCap: null } }
      );
      expect(unit(result, "hlhpn")).toMatchObject({ bonus: 8, deduction: 15, total: 73 });
    });

    test("follow the counting score", () => {
      const extras = { bonus: { self: 4, bloc: 2 }, deduction: { self: 1 } };
      expect(
        unit(withExtras(extras, { scoring: { countingScore: "self" } }), "hlhpn")
      ).toMatchObject({ bonus: 4, deduction: 1 });
      expect(
        unit(withExtras(extras, { scoring: { countingScore: "average" } }), "hlhpn")
      ).toMatchObject({ bonus: 3, deduction: 1 });
      expect(unit(withExtras(extras), "hlhpn")).toMatchObject({ bonus: 2, deduction: 0 });
    });

    test("count a deduction written as a negative number as its size, with a warning", () => {
      const result = withExtras({
        deduction: { bloc: -4, location: { sheet: "Chấm điểm", cell: "D12" } },
      });
      expect(unit(result, "hlhpn")).toMatchObject({ deduction: 4, total: 76 });
      expect(result.problems).toEqual([
        {
          code: "score.negative",
          severity: "warning",
          message: {
            vi: "Đơn vị Hội LHPN tỉnh: điểm trừ (khối chấm) ghi là -4; tính là trừ 4 điểm.",
            en: "Hội LHPN tỉnh: the deduction (bloc score) is written as -4; counted as 4 deducted.",
          },
          location: { sheet: "Chấm điểm", cell: "D12" },
          unitId: "hlhpn",
        },
      ]);
    });

    test("do not count a negative bonus, which is an error", () => {
      const result = withExtras({ bonus: { bloc: -2 } });
      expect(codes(result.problems)).toEqual(["error score.negative"]);
      expect(unit(result, "hlhpn")).toMatchObject({ bonus: 0, total: 80 });
    });

    test("do not count a bonus that is not a number", () => {
      const result = withExtras({ bonus: { bloc: NaN, self: 2 } });
      expect(codes(result.problems)).toEqual(["error score.notNumber"]);
      expect(result.problems[0]!.message.vi).toBe(
        "Đơn vị Hội LHPN tỉnh: điểm thưởng (khối chấm) không phải là số; không tính."
      );
      expect(unit(result, "hlhpn").bonus).toBe(0);
    });

    test("report a bad cap in the profile once and apply none", () => {
      const input = bloc({
        scores: [row("hlhpn", [30, 10, 40], { bonus: { bloc: 7 } }), row("ldld", [30, 10, 40])],
      });
      const result = score(input, { scoring: { bonusCap: -1 } });
      expect(codes(result.problems)).toEqual(["error profile.invalid"]);
      expect(unit(result, "hlhpn").bonus).toBe(7);
    });
  });

  test("grades each unit by its total", () => {
    const result = score(bloc({ scores: [row("hlhpn", [40, 10, 40]), row("ldld", [20, 5, 20])] }));
    expect(result.units.map((u) => [u.total, u.grade])).toEqual([
      [90, "excellent"],
      [45, "fail"],
    ]);
  });

  test("scores units with no criteria at all as 0 without problems", () => {
    const result = score(bloc({ criteria: [], scores: [] }));
    expect(result.problems).toEqual([]);
    expect(result.units.map((u) => u.total)).toEqual([0, 0]);
  });

  test("does not mutate its input", () => {
    const input = bloc({
      scores: [row("hlhpn", [45, 12, -1], { deduction: { bloc: -2 } }), row("ldld", [1, 2, 3])],
    });
    const copy = JSON.parse(JSON.stringify(input)) as unknown;
    score(input);
    expect(JSON.parse(JSON.stringify(input))).toEqual(copy);
  });

  test("adds each group's points criterion by criterion, whatever order the groups come in", () => {
    const cellArbitrary = fc.record({
      group: fc.constantFrom("I", "II", "III", "2", "1"),
      points: fc.integer({ min: 0, max: 40 }).map((tenths) => tenths / 10),
    });
    fc.assert(
      fc.property(fc.array(cellArbitrary, { minLength: 1, maxLength: 12 }), (cells) => {
        const criteria: CriterionInput[] = cells.map((cell, index) => ({
          id: `c${index}`,
          code: `${index + 1}`,
          title: `Tiêu chí ${index + 1}`,
          group: cell.group,
          maxPoints: 4,
        }));
        const scores: UnitScores[] = [
          {
            unitId: "hlhpn",
            criteria: cells.map((cell, index) => ({ criterionId: `c${index}`, bloc: cell.points })),
          },
        ];
        const expected: Record<string, number> = {};
        for (const cell of cells) expected[cell.group] = (expected[cell.group] ?? 0) + cell.points;
        const result = score(bloc({ units: [HLHPN], criteria, scores }));
        expect(unit(result, "hlhpn").groupPoints).toEqual(expected);
        expect(Object.keys(unit(result, "hlhpn").groupPoints)).toEqual(Object.keys(expected));
      })
    );
  });
});
