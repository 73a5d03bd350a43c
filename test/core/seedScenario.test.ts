import { evaluateBloc } from "../../src/core/evaluateBloc";
import { SEED_BLOC_2018_PROFILE } from "../../src/core/profile";
import { AWARD, seedBlocInput, seedId } from "./fixtures/seedBloc2018";

describe("the seed scenario (SPEC §7)", () => {
  const result = evaluateBloc(seedBlocInput(), SEED_BLOC_2018_PROFILE);
  const awardOf = (name: string) =>
    result.nominations.find((n) => n.unitId === seedId(name))?.awardId;

  test("has no blocking problem", () => {
    expect(result.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(result.blocked).toBe(false);
  });

  test("ranks Hội LHPN tỉnh first and Liên đoàn Lao động tỉnh second, all outstanding", () => {
    expect(result.units.map((u) => [u.name, u.rank, u.total])).toEqual([
      ["Hội Liên hiệp Phụ nữ tỉnh", 1, 985.5],
      ["Liên đoàn Lao động tỉnh", 2, 972],
      ["Ủy ban MTTQ Việt Nam tỉnh", 3, 961],
      ["Tỉnh đoàn", 4, 955.5],
      ["Hội Nông dân tỉnh", 5, 948],
      ["Hội Cựu chiến binh tỉnh", 6, 940],
    ]);
    expect(result.units.every((u) => u.grade === "excellent")).toBe(true);
  });

  test("proposes the Government flag for Hội LHPN tỉnh", () => {
    expect(awardOf("Hội Liên hiệp Phụ nữ tỉnh")).toBe(AWARD.governmentFlag);
  });

  test("proposes the provincial flag for Liên đoàn Lao động tỉnh", () => {
    expect(awardOf("Liên đoàn Lao động tỉnh")).toBe(AWARD.provincialFlag);
  });

  test("proposes certificates of merit for the other four", () => {
    for (const name of [
      "Ủy ban MTTQ Việt Nam tỉnh",
      "Tỉnh đoàn",
      "Hội Nông dân tỉnh",
      "Hội Cựu chiến binh tỉnh",
    ]) {
      expect({ name, award: awardOf(name) }).toEqual({ name, award: AWARD.certificate });
    }
  });

  test("proposes Hội LHPN tỉnh as bloc leader for 2019", () => {
    expect(result.rotation.year).toBe(2019);
    expect(result.rotation.leaderUnitId).toBe(seedId("Hội Liên hiệp Phụ nữ tỉnh"));
    expect(result.rotation.tiedUnitIds).toEqual([]);
  });

  test("explains why Liên đoàn Lao động tỉnh did not get the Government flag", () => {
    const reasons = result.nominations.find(
      (n) => n.unitId === seedId("Liên đoàn Lao động tỉnh")
    )!.reasons;
    expect(reasons[0]!.awardId).toBe(AWARD.governmentFlag);
    expect(reasons[0]!.outcome).not.toBe("proposed");
    expect(reasons[0]!.message.vi.length).toBeGreaterThan(0);
  });
});
