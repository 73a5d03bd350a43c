import { blockedUnitIds, blockingReasons } from "../../../src/core/nomination";
import type { BlockingRules } from "../../../src/core/profile";
import { clean } from "./builders";

const ALL: BlockingRules = {
  disciplineAtLeast: 1,
  investigationBlocks: true,
  complaintBlocks: true,
};
const NONE: BlockingRules = {
  disciplineAtLeast: null,
  investigationBlocks: false,
  complaintBlocks: false,
};

describe("blockingReasons", () => {
  test("a unit without a conditions row is not blocked", () => {
    expect(blockingReasons(undefined, ALL)).toEqual([]);
  });

  test("a unit with a clean record is not blocked", () => {
    expect(blockingReasons(clean("a"), ALL)).toEqual([]);
  });

  test("discipline at the profile's level blocks, and the reason names both levels", () => {
    const reasons = blockingReasons(clean("a", { disciplineLevel: 2 }), {
      ...ALL,
      disciplineAtLeast: 2,
    });
    expect(reasons).toHaveLength(1);
    expect(reasons[0]!.vi).toContain("kỷ luật mức 2");
    expect(reasons[0]!.en).toBe(
      "under discipline at level 2 (level 2 or above excludes a proposal)"
    );
  });

  test("discipline below the profile's level does not block", () => {
    expect(
      blockingReasons(clean("a", { disciplineLevel: 1 }), { ...ALL, disciplineAtLeast: 2 })
    ).toEqual([]);
  });

  test("an investigation and a pending complaint each block, with every reason listed", () => {
    const reasons = blockingReasons(
      clean("a", { disciplineLevel: 1, underInvestigation: true, pendingComplaint: true }),
      ALL
    );
    expect(reasons.map((reason) => reason.en)).toEqual([
      "under discipline at level 1 (level 1 or above excludes a proposal)",
      "under inspection or investigation",
      "has a pending complaint or denunciation",
    ]);
    expect(reasons[1]!.vi).toBe("đang bị thanh tra, kiểm tra hoặc điều tra");
    expect(reasons[2]!.vi).toBe("đang có khiếu nại, tố cáo chưa được giải quyết");
  });

  test("a profile that ignores every condition blocks nobody", () => {
    expect(
      blockingReasons(
        clean("a", { disciplineLevel: 3, underInvestigation: true, pendingComplaint: true }),
        NONE
      )
    ).toEqual([]);
  });
});

describe("blockedUnitIds", () => {
  test("a unit is blocked by any of its rows, before or after a clean one", () => {
    const rows = [
      clean("a"),
      clean("b", { pendingComplaint: true }),
      clean("a", { underInvestigation: true }),
      clean("b"),
      clean("c", { disciplineLevel: 0 }),
    ];
    expect([...blockedUnitIds(rows, ALL)].sort()).toEqual(["a", "b"]);
    expect([...blockedUnitIds([...rows].reverse(), ALL)].sort()).toEqual(["a", "b"]);
  });

  test("nobody is blocked without rows, or by a profile that ignores every condition", () => {
    expect(blockedUnitIds([], ALL).size).toBe(0);
    expect(blockedUnitIds([clean("a", { underInvestigation: true })], NONE).size).toBe(0);
  });
});
