import type { LeaderHistoryEntry, UnitInput } from "../../../src/core/model";
import type { RotationRules } from "../../../src/core/profile";
import type { UnitResult } from "../../../src/core/result";
import { proposeLeader } from "../../../src/core/rotation";

const NAMES = ["Ủy ban MTTQ tỉnh", "Hội LHPN tỉnh", "LĐLĐ tỉnh", "Tỉnh đoàn", "Hội Nông dân tỉnh"];
const IDS = ["mttq", "phunu", "laodong", "tinhdoan", "nongdan"];

/** The five units, with rotation order 1…5 in the order above. */
const UNIT_INPUTS: UnitInput[] = IDS.map((id, index) => ({
  id,
  name: NAMES[index]!,
  rotationOrder: index + 1,
}));

/** Units ranked in the given order of ids (best first), or with the given ranks. */
function ranked(ids: readonly string[], ranks?: readonly number[]): UnitResult[] {
  return ids.map((unitId, index) => ({
    unitId,
    name: NAMES[IDS.indexOf(unitId)] ?? unitId,
    selfPoints: null,
    blocPoints: 90,
    points: 90,
    bonus: 0,
    deduction: 0,
    total: 90,
    groupPoints: {},
    rank: ranks?.[index] ?? index + 1,
    tied: ranks !== undefined && ranks.filter((rank) => rank === ranks[index]).length > 1,
    grade: "excellent",
  }));
}

const HIGHEST: RotationRules = {
  mode: "highestNotRecent",
  lookbackYears: 1,
  chooseDeputy: false,
  excludeBlocked: true,
};
const FIXED: RotationRules = {
  mode: "fixedOrder",
  lookbackYears: 0,
  chooseDeputy: false,
  excludeBlocked: true,
};
const DEPUTY: RotationRules = {
  mode: "deputySucceeds",
  lookbackYears: 0,
  chooseDeputy: true,
  excludeBlocked: true,
};

interface Case {
  rules: RotationRules;
  units?: UnitResult[];
  unitInputs?: UnitInput[];
  leaderHistory?: LeaderHistoryEntry[];
  blocked?: string[];
}

function propose(input: Case) {
  return proposeLeader({
    year: 2018,
    units: input.units ?? ranked(["phunu", "laodong", "mttq", "tinhdoan", "nongdan"]),
    unitInputs: input.unitInputs ?? UNIT_INPUTS,
    leaderHistory: input.leaderHistory ?? [],
    blockedUnitIds: new Set(input.blocked ?? []),
    rules: input.rules,
  });
}

const texts = (list: readonly { vi: string; en: string }[]) => list.map((text) => text.en);

describe("proposeLeader, highest-ranked unit not leader recently", () => {
  test("proposes the first-ranked unit for the following year when it did not lead this year", () => {
    const { proposal, problems } = propose({
      rules: HIGHEST,
      leaderHistory: [{ year: 2018, leaderUnitId: "mttq" }],
    });
    expect(proposal.year).toBe(2019);
    expect(proposal.leaderUnitId).toBe("phunu");
    expect(proposal.deputyUnitId).toBeNull();
    expect(proposal.tiedUnitIds).toEqual([]);
    expect(problems).toEqual([]);
  });

  test("states the rule, the history and the choice in both languages", () => {
    const { proposal } = propose({
      rules: HIGHEST,
      leaderHistory: [{ year: 2018, leaderUnitId: "mttq" }],
    });
    expect(proposal.reasons.map((reason) => reason.vi)).toEqual([
      "Quy tắc: Khối trưởng là đơn vị xếp hạng cao nhất chưa làm Khối trưởng trong năm 2018, trừ đơn vị thuộc diện không được đề nghị khen thưởng",
      "Khối trưởng 2018: Ủy ban MTTQ tỉnh",
      "Đề xuất Hội LHPN tỉnh (hạng 1) làm Khối trưởng năm 2019",
    ]);
    expect(texts(proposal.reasons)[2]).toBe(
      "Proposed: Hội LHPN tỉnh (ranked 1st) as bloc leader for 2019"
    );
  });

  test("lists the other units best first with why each was not chosen", () => {
    const { proposal } = propose({
      rules: HIGHEST,
      leaderHistory: [{ year: 2018, leaderUnitId: "mttq" }],
    });
    expect(
      proposal.alternatives.map((alternative) => [alternative.unitId, alternative.reason.en])
    ).toEqual([
      ["laodong", "ranked lower (2nd)"],
      ["mttq", "led in 2018"],
      ["tinhdoan", "ranked lower (4th)"],
      ["nongdan", "ranked lower (5th)"],
    ]);
    expect(proposal.alternatives[1]!.reason.vi).toBe("Đã làm Khối trưởng năm 2018");
  });

  test("skips the first-ranked unit when it led this year", () => {
    const { proposal } = propose({
      rules: HIGHEST,
      leaderHistory: [{ year: 2018, leaderUnitId: "phunu" }],
    });
    expect(proposal.leaderUnitId).toBe("laodong");
    expect(proposal.alternatives[0]).toEqual({
      unitId: "phunu",
      reason: { vi: "Đã làm Khối trưởng năm 2018", en: "led in 2018" },
    });
  });

  test("looks back over the number of years the rules say, and no further", () => {
    const leaderHistory: LeaderHistoryEntry[] = [
      { year: 2015, leaderUnitId: "laodong" },
      { year: 2016, leaderUnitId: "phunu" },
      { year: 2018, leaderUnitId: "mttq" },
    ];
    const three = propose({ rules: { ...HIGHEST, lookbackYears: 3 }, leaderHistory });
    expect(three.proposal.leaderUnitId).toBe("laodong");
    expect(texts(three.proposal.reasons)).toEqual([
      "Rule: the bloc leader is the highest-ranked unit that did not lead in the last 3 years (2016–2018), leaving out blocked units",
      "Leader in 2016: Hội LHPN tỉnh",
      "Leader in 2017: not recorded",
      "Leader in 2018: Ủy ban MTTQ tỉnh",
      "Proposed: LĐLĐ tỉnh (ranked 2nd) as bloc leader for 2019",
    ]);
    const four = propose({ rules: { ...HIGHEST, lookbackYears: 4 }, leaderHistory });
    expect(four.proposal.leaderUnitId).toBe("tinhdoan");
  });

  test("names every recent year a unit led", () => {
    const { proposal } = propose({
      rules: { ...HIGHEST, lookbackYears: 3 },
      leaderHistory: [
        { year: 2016, leaderUnitId: "phunu" },
        { year: 2018, leaderUnitId: "phunu" },
      ],
    });
    expect(proposal.alternatives.find((a) => a.unitId === "phunu")!.reason.en).toBe(
      "led in 2016, 2018"
    );
  });

  test("with a lookback of zero years, the first-ranked unit leads again", () => {
    const { proposal } = propose({
      rules: { ...HIGHEST, lookbackYears: 0 },
      leaderHistory: [{ year: 2018, leaderUnitId: "phunu" }],
    });
    expect(proposal.leaderUnitId).toBe("phunu");
    expect(texts(proposal.reasons)[0]).toBe(
      "Rule: the bloc leader is the highest-ranked unit, leaving out blocked units"
    );
  });

  test("skips a blocked unit and says so", () => {
    const { proposal } = propose({ rules: HIGHEST, blocked: ["phunu"] });
    expect(proposal.leaderUnitId).toBe("laodong");
    expect(proposal.alternatives[0]!.unitId).toBe("phunu");
    expect(proposal.alternatives[0]!.reason.en).toBe(
      "blocked (discipline, inspection, investigation or complaint)"
    );
    expect(proposal.alternatives[0]!.reason.vi).toContain("Thuộc diện không được đề nghị");
  });

  test("gives every reason a unit is out", () => {
    const { proposal } = propose({
      rules: HIGHEST,
      blocked: ["phunu"],
      leaderHistory: [{ year: 2018, leaderUnitId: "phunu" }],
    });
    expect(proposal.alternatives[0]!.reason.en).toBe(
      "blocked (discipline, inspection, investigation or complaint); led in 2018"
    );
  });

  test("lets a blocked unit lead when the rules do not exclude blocked units", () => {
    const { proposal } = propose({
      rules: { ...HIGHEST, excludeBlocked: false },
      blocked: ["phunu"],
    });
    expect(proposal.leaderUnitId).toBe("phunu");
    expect(texts(proposal.reasons)[0]).toBe(
      "Rule: the bloc leader is the highest-ranked unit that did not lead in 2018"
    );
  });

  test("takes units in rank order whatever order they are given in", () => {
    const units = ranked(["phunu", "laodong", "mttq"]).reverse();
    expect(propose({ rules: HIGHEST, units }).proposal.leaderUnitId).toBe("phunu");
  });

  test("chooses the next candidate as deputy when the rules ask for one", () => {
    const { proposal } = propose({
      rules: { ...HIGHEST, chooseDeputy: true },
      leaderHistory: [{ year: 2018, leaderUnitId: "laodong" }],
    });
    expect(proposal.leaderUnitId).toBe("phunu");
    expect(proposal.deputyUnitId).toBe("mttq");
    expect(texts(proposal.reasons)).toContain(
      "Proposed: Ủy ban MTTQ tỉnh (ranked 3rd) as deputy for 2019"
    );
    expect(proposal.alternatives.find((a) => a.unitId === "mttq")!.reason.en).toBe(
      "ranked lower (3rd); proposed as deputy"
    );
  });

  test("leaves a tie for the top to the meeting, with a warning", () => {
    const units = ranked(["phunu", "laodong", "mttq"], [1, 1, 3]);
    const { proposal, problems } = propose({ rules: HIGHEST, units });
    expect(proposal.leaderUnitId).toBeNull();
    expect(proposal.tiedUnitIds).toEqual(["phunu", "laodong"]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      code: "rotation.tie",
      severity: "warning",
      unitId: "phunu",
    });
    expect(problems[0]!.message.vi).toContain("Hội LHPN tỉnh, LĐLĐ tỉnh");
    expect(proposal.alternatives.map((a) => a.unitId)).toEqual(["mttq"]);
  });

  test("a tie among units of which one led recently is no tie", () => {
    const units = ranked(["phunu", "laodong", "mttq"], [1, 1, 3]);
    const { proposal, problems } = propose({
      rules: HIGHEST,
      units,
      leaderHistory: [{ year: 2018, leaderUnitId: "phunu" }],
    });
    expect(proposal.leaderUnitId).toBe("laodong");
    expect(problems).toEqual([]);
  });

  test("leaves a tie for deputy to the meeting, naming the tied units", () => {
    const units = ranked(["phunu", "laodong", "mttq"], [1, 2, 2]);
    const { proposal, problems } = propose({ rules: { ...HIGHEST, chooseDeputy: true }, units });
    expect(proposal.leaderUnitId).toBe("phunu");
    expect(proposal.deputyUnitId).toBeNull();
    expect(proposal.tiedUnitIds).toEqual(["laodong", "mttq"]);
    expect(problems.map((p) => p.code)).toEqual(["rotation.tie"]);
    expect(problems[0]!.message.en).toContain("deputy for 2019");
  });

  test("with no unit able to lead, proposes nobody and warns", () => {
    const { proposal, problems } = propose({
      rules: HIGHEST,
      units: ranked(["phunu", "laodong"]),
      blocked: ["laodong"],
      leaderHistory: [{ year: 2018, leaderUnitId: "phunu" }],
    });
    expect(proposal.leaderUnitId).toBeNull();
    expect(proposal.tiedUnitIds).toEqual([]);
    expect(problems.map((p) => p.code)).toEqual(["rotation.noCandidate"]);
    expect(proposal.alternatives).toHaveLength(2);
  });

  test("with a leader but nobody left for deputy, warns about the deputy", () => {
    const { proposal, problems } = propose({
      rules: { ...HIGHEST, chooseDeputy: true },
      units: ranked(["phunu"]),
    });
    expect(proposal.leaderUnitId).toBe("phunu");
    expect(proposal.deputyUnitId).toBeNull();
    expect(problems.map((p) => p.code)).toEqual(["rotation.noCandidate"]);
    expect(problems[0]!.message.en).toBe("No unit qualifies as deputy for 2019.");
  });

  test("with no units, proposes nobody", () => {
    const { proposal, problems } = propose({ rules: HIGHEST, units: [] });
    expect(proposal.leaderUnitId).toBeNull();
    expect(problems.map((p) => p.code)).toEqual(["rotation.noCandidate"]);
  });
});

describe("proposeLeader, fixed order", () => {
  test("proposes the unit after this year's leader", () => {
    const { proposal, problems } = propose({
      rules: FIXED,
      leaderHistory: [{ year: 2018, leaderUnitId: "laodong" }],
    });
    expect(proposal.year).toBe(2019);
    expect(proposal.leaderUnitId).toBe("tinhdoan");
    expect(problems).toEqual([]);
    expect(texts(proposal.reasons)).toEqual([
      "Rule: fixed rotation order; next year's leader is the unit after this year's leader",
      "Leader in 2018: LĐLĐ tỉnh",
      "Proposed: Tỉnh đoàn (rotation position 4) as bloc leader for 2019",
    ]);
  });

  test("wraps round from the last unit to the first", () => {
    expect(
      propose({ rules: FIXED, leaderHistory: [{ year: 2018, leaderUnitId: "nongdan" }] }).proposal
        .leaderUnitId
    ).toBe("mttq");
  });

  test("skips a blocked unit, saying so", () => {
    const { proposal } = propose({
      rules: FIXED,
      leaderHistory: [{ year: 2018, leaderUnitId: "laodong" }],
      blocked: ["tinhdoan"],
    });
    expect(proposal.leaderUnitId).toBe("nongdan");
    expect(texts(proposal.reasons)).toContain("Skipped Tỉnh đoàn: blocked");
    expect(proposal.alternatives[0]).toMatchObject({ unitId: "tinhdoan" });
    expect(proposal.alternatives[0]!.reason.en).toContain("blocked");
  });

  test("lists the alternatives in rotation order, the outgoing leader last", () => {
    const { proposal } = propose({
      rules: FIXED,
      leaderHistory: [{ year: 2018, leaderUnitId: "laodong" }],
    });
    expect(proposal.alternatives.map((a) => [a.unitId, a.reason.en])).toEqual([
      ["nongdan", "later in rotation order (position 5)"],
      ["mttq", "later in rotation order (position 1)"],
      ["phunu", "later in rotation order (position 2)"],
      ["laodong", "led in 2018"],
    ]);
  });

  test("with no leader recorded for this year, starts from the first unit in order and says so", () => {
    const { proposal } = propose({
      rules: FIXED,
      leaderHistory: [{ year: 2017, leaderUnitId: "laodong" }],
    });
    expect(proposal.leaderUnitId).toBe("mttq");
    expect(texts(proposal.reasons)).toContain(
      "No leader recorded for 2018: starting from the first unit in rotation order"
    );
    expect(proposal.reasons.map((r) => r.vi)).toContain(
      "Không có Khối trưởng năm 2018 trong lịch sử: bắt đầu từ đơn vị đầu tiên theo thứ tự luân phiên"
    );
  });

  test("follows rotation order, not the order of the table", () => {
    const unitInputs = [...UNIT_INPUTS].reverse();
    expect(
      propose({ rules: FIXED, unitInputs, leaderHistory: [{ year: 2018, leaderUnitId: "mttq" }] })
        .proposal.leaderUnitId
    ).toBe("phunu");
  });

  test("warns about units without a rotation order and leaves them out", () => {
    const unitInputs = UNIT_INPUTS.map((unit) =>
      unit.id === "tinhdoan" ? { id: unit.id, name: unit.name } : unit
    );
    const { proposal, problems } = propose({
      rules: FIXED,
      unitInputs,
      leaderHistory: [{ year: 2018, leaderUnitId: "laodong" }],
    });
    expect(proposal.leaderUnitId).toBe("nongdan");
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      code: "rotation.noOrder",
      severity: "warning",
      unitId: "tinhdoan",
    });
    expect(problems[0]!.message.vi).toContain("Tỉnh đoàn chưa có thứ tự luân phiên");
    expect(proposal.alternatives[proposal.alternatives.length - 1]).toEqual({
      unitId: "tinhdoan",
      reason: { vi: "Chưa có thứ tự luân phiên", en: "no rotation order" },
    });
  });

  test("starts from the first in order when this year's leader has no rotation order", () => {
    const unitInputs = UNIT_INPUTS.map((unit) =>
      unit.id === "laodong" ? { id: unit.id, name: unit.name } : unit
    );
    const { proposal } = propose({
      rules: FIXED,
      unitInputs,
      leaderHistory: [{ year: 2018, leaderUnitId: "laodong" }],
    });
    expect(proposal.leaderUnitId).toBe("mttq");
    expect(texts(proposal.reasons)).toContain(
      "The 2018 leader has no rotation order: starting from the first unit in rotation order"
    );
  });

  test("warns when two units share a rotation position", () => {
    const unitInputs = UNIT_INPUTS.map((unit) =>
      unit.id === "tinhdoan" ? { ...unit, rotationOrder: 3 } : unit
    );
    const { problems } = propose({
      rules: FIXED,
      unitInputs,
      leaderHistory: [{ year: 2018, leaderUnitId: "phunu" }],
    });
    expect(problems.map((p) => p.code)).toEqual(["rotation.duplicateOrder"]);
    expect(problems[0]!.message.en).toBe(
      "LĐLĐ tỉnh and Tỉnh đoàn share rotation order 3; they follow the table's order."
    );
  });

  test("chooses the unit after the new leader as deputy", () => {
    const { proposal } = propose({
      rules: { ...FIXED, chooseDeputy: true },
      leaderHistory: [{ year: 2018, leaderUnitId: "tinhdoan" }],
    });
    expect(proposal.leaderUnitId).toBe("nongdan");
    expect(proposal.deputyUnitId).toBe("mttq");
    expect(proposal.alternatives[0]).toEqual({
      unitId: "mttq",
      reason: { vi: "Được đề xuất làm Khối phó", en: "proposed as deputy" },
    });
  });

  test("with every other unit blocked, proposes nobody and warns", () => {
    const { proposal, problems } = propose({
      rules: FIXED,
      leaderHistory: [{ year: 2018, leaderUnitId: "mttq" }],
      blocked: ["phunu", "laodong", "tinhdoan", "nongdan"],
    });
    expect(proposal.leaderUnitId).toBeNull();
    expect(problems.map((p) => p.code)).toEqual(["rotation.noCandidate"]);
    expect(proposal.alternatives.map((a) => a.unitId)).toEqual([
      "phunu",
      "laodong",
      "tinhdoan",
      "nongdan",
      "mttq",
    ]);
  });
});

describe("proposeLeader, deputy succeeds", () => {
  test("makes this year's deputy leader and the next in order deputy", () => {
    const { proposal, problems } = propose({
      rules: DEPUTY,
      leaderHistory: [{ year: 2018, leaderUnitId: "mttq", deputyUnitId: "phunu" }],
    });
    expect(proposal.leaderUnitId).toBe("phunu");
    expect(proposal.deputyUnitId).toBe("laodong");
    expect(problems).toEqual([]);
    expect(proposal.reasons.map((r) => r.vi)).toEqual([
      "Quy tắc: Khối phó năm nay làm Khối trưởng năm sau; đơn vị kế tiếp theo thứ tự luân phiên làm Khối phó",
      "Khối trưởng 2018: Ủy ban MTTQ tỉnh; Khối phó: Hội LHPN tỉnh",
      "Đề xuất Hội LHPN tỉnh (Khối phó năm 2018) làm Khối trưởng năm 2019",
      "Đề xuất LĐLĐ tỉnh (thứ tự luân phiên 3, kế tiếp Khối trưởng) làm Khối phó năm 2019",
    ]);
  });

  test("proposes a deputy even when the rules do not ask to choose one, since the mode needs one", () => {
    const { proposal } = propose({
      rules: { ...DEPUTY, chooseDeputy: false },
      leaderHistory: [{ year: 2018, leaderUnitId: "mttq", deputyUnitId: "nongdan" }],
    });
    expect(proposal.leaderUnitId).toBe("nongdan");
    expect(proposal.deputyUnitId).toBe("mttq");
  });

  test("skips a blocked unit when choosing the deputy", () => {
    const { proposal } = propose({
      rules: DEPUTY,
      leaderHistory: [{ year: 2018, leaderUnitId: "mttq", deputyUnitId: "phunu" }],
      blocked: ["laodong"],
    });
    expect(proposal.deputyUnitId).toBe("tinhdoan");
  });

  test("falls back to the fixed order when no deputy is recorded, and says why", () => {
    const { proposal } = propose({
      rules: DEPUTY,
      leaderHistory: [{ year: 2018, leaderUnitId: "laodong" }],
    });
    expect(proposal.leaderUnitId).toBe("tinhdoan");
    expect(proposal.deputyUnitId).toBe("nongdan");
    expect(texts(proposal.reasons)).toContain(
      "No deputy recorded for 2018: falling back to the fixed rotation order"
    );
  });

  test("falls back to the fixed order when the deputy is blocked", () => {
    const { proposal } = propose({
      rules: DEPUTY,
      leaderHistory: [{ year: 2018, leaderUnitId: "mttq", deputyUnitId: "phunu" }],
      blocked: ["phunu"],
    });
    expect(proposal.leaderUnitId).toBe("laodong");
    expect(proposal.deputyUnitId).toBe("tinhdoan");
    expect(proposal.reasons.map((r) => r.vi)).toContain(
      "Khối phó năm 2018 (Hội LHPN tỉnh) thuộc diện không được đề nghị: áp dụng luân phiên theo thứ tự cố định"
    );
  });

  test("falls back to the fixed order when the deputy is not a member of the bloc", () => {
    const { proposal } = propose({
      rules: DEPUTY,
      leaderHistory: [{ year: 2018, leaderUnitId: "mttq", deputyUnitId: "hoi-luat-gia" }],
    });
    expect(proposal.leaderUnitId).toBe("phunu");
    expect(texts(proposal.reasons)).toContain(
      "The 2018 deputy (hoi-luat-gia) is not a member of the bloc: falling back to the fixed rotation order"
    );
  });

  test("with no history at all, starts from the first unit in order", () => {
    const { proposal } = propose({ rules: DEPUTY });
    expect(proposal.leaderUnitId).toBe("mttq");
    expect(proposal.deputyUnitId).toBe("phunu");
    expect(texts(proposal.reasons)).toContain("Leader in 2018: not recorded");
  });

  test("lists the other units in order after the new leader", () => {
    const { proposal } = propose({
      rules: DEPUTY,
      leaderHistory: [{ year: 2018, leaderUnitId: "mttq", deputyUnitId: "phunu" }],
    });
    expect(proposal.alternatives.map((a) => [a.unitId, a.reason.en])).toEqual([
      ["laodong", "proposed as deputy"],
      ["tinhdoan", "later in rotation order (position 4)"],
      ["nongdan", "later in rotation order (position 5)"],
      ["mttq", "led in 2018"],
    ]);
  });

  test("a deputy without a rotation order still leads, and the deputy is the first in order", () => {
    const unitInputs = [...UNIT_INPUTS, { id: "cuuchienbinh", name: "Hội Cựu chiến binh tỉnh" }];
    const { proposal, problems } = propose({
      rules: DEPUTY,
      unitInputs,
      leaderHistory: [{ year: 2018, leaderUnitId: "mttq", deputyUnitId: "cuuchienbinh" }],
    });
    expect(proposal.leaderUnitId).toBe("cuuchienbinh");
    expect(proposal.deputyUnitId).toBe("mttq");
    expect(problems.map((p) => p.code)).toEqual(["rotation.noOrder"]);
    expect(texts(proposal.reasons)).toContain(
      "Hội Cựu chiến binh tỉnh has no rotation order: the deputy is the first unit in rotation order"
    );
  });
});
