import type { TieBreakKey } from "../../../src/core/profile/types";
import { rankByKeys, rankUnits, type RankEntry, type RankKeys } from "../../../src/core/ranking";

function entry(unitId: string, total: number, extra: Partial<RankEntry> = {}): RankEntry {
  return { unitId, total, bonus: 0, deduction: 0, groupPoints: {}, votesByAward: {}, ...extra };
}

function ranks(
  entries: readonly RankEntry[],
  tieBreaks: readonly TieBreakKey[] = [],
  defaultAward: string | null = null
) {
  return rankUnits(entries, tieBreaks, defaultAward).map((r) => [r.unitId, r.rank, r.tied]);
}

describe("rankUnits", () => {
  test("ranks by total, highest first, and returns the entries' order", () => {
    expect(ranks([entry("c", 961), entry("a", 985.5), entry("b", 972)])).toEqual([
      ["c", 3, false],
      ["a", 1, false],
      ["b", 2, false],
    ]);
  });

  test("gives equal totals the same rank and skips the next (1224), marking them tied", () => {
    expect(ranks([entry("a", 90), entry("b", 80), entry("c", 80), entry("d", 70)])).toEqual([
      ["a", 1, false],
      ["b", 2, true],
      ["c", 2, true],
      ["d", 4, false],
    ]);
  });

  test("never breaks a tie by name or input order", () => {
    const forward = ranks([entry("Ánh", 80), entry("Bình", 80)]);
    const backward = ranks([entry("Bình", 80), entry("Ánh", 80)]);
    expect(forward).toEqual([
      ["Ánh", 1, true],
      ["Bình", 1, true],
    ]);
    expect(backward).toEqual([
      ["Bình", 1, true],
      ["Ánh", 1, true],
    ]);
  });

  test("treats totals that differ only by float noise as equal", () => {
    const noisy = [100.1, 200.2, 300.3, 384.9].reduce((sum, x) => sum + x, 0);
    expect(noisy).not.toBe(985.5);
    expect(ranks([entry("a", noisy), entry("b", 985.5)])).toEqual([
      ["a", 1, true],
      ["b", 1, true],
    ]);
  });

  test("keeps totals that differ by a real decimal apart", () => {
    expect(ranks([entry("a", 985.5), entry("b", 985.49)])).toEqual([
      ["a", 1, false],
      ["b", 2, false],
    ]);
  });

  test("breaks a tie by a group's score, a missing group counting as 0", () => {
    const entries = [
      entry("a", 90, { groupPoints: { I: 40 } }),
      entry("b", 90, { groupPoints: { I: 45 } }),
      entry("c", 90, { groupPoints: {} }),
    ];
    expect(ranks(entries, [{ kind: "groupScore", group: "I" }])).toEqual([
      ["a", 2, false],
      ["b", 1, false],
      ["c", 3, false],
    ]);
  });

  test("breaks a tie by more bonus, then by fewer deductions, in the order given", () => {
    const entries = [
      entry("a", 90, { bonus: 3, deduction: 3 }),
      entry("b", 90, { bonus: 5, deduction: 5 }),
      entry("c", 90, { bonus: 3, deduction: 1 }),
    ];
    expect(ranks(entries, [{ kind: "moreBonus" }, { kind: "fewerDeductions" }])).toEqual([
      ["a", 3, false],
      ["b", 1, false],
      ["c", 2, false],
    ]);
    expect(ranks(entries, [{ kind: "fewerDeductions" }, { kind: "moreBonus" }])).toEqual([
      ["a", 2, false],
      ["b", 3, false],
      ["c", 1, false],
    ]);
  });

  test("prefers a unit meeting the women's share, comparing only whether it is met", () => {
    const entries = [
      entry("a", 90, { womenShare: 0.92 }),
      entry("b", 90, { womenShare: 0.7 }),
      entry("c", 90, { womenShare: 0.69 }),
      entry("d", 90),
    ];
    expect(ranks(entries, [{ kind: "womenShare", atLeast: 0.7 }])).toEqual([
      ["a", 1, true],
      ["b", 1, true],
      ["c", 3, true],
      ["d", 3, true],
    ]);
  });

  test("breaks a tie by votes for the named award, or the default award, a missing count being 0", () => {
    const entries = [
      entry("a", 90, { votesByAward: { flag: 5, merit: 9 } }),
      entry("b", 90, { votesByAward: { flag: 6, merit: 2 } }),
      entry("c", 90, { votesByAward: {} }),
    ];
    expect(ranks(entries, [{ kind: "moreVotes", awardId: "merit" }], "flag")).toEqual([
      ["a", 1, false],
      ["b", 2, false],
      ["c", 3, false],
    ]);
    expect(ranks(entries, [{ kind: "moreVotes" }], "flag")).toEqual([
      ["a", 2, false],
      ["b", 1, false],
      ["c", 3, false],
    ]);
  });

  test("leaves a votes key without an award to no effect", () => {
    const entries = [
      entry("a", 90, { votesByAward: { flag: 5 } }),
      entry("b", 90, { votesByAward: { flag: 6 } }),
    ];
    expect(ranks(entries, [{ kind: "moreVotes" }], null)).toEqual([
      ["a", 1, true],
      ["b", 1, true],
    ]);
  });

  test("never lets a tie-break lift a unit above one with a higher total", () => {
    const entries = [entry("a", 91), entry("b", 90, { bonus: 100, groupPoints: { I: 100 } })];
    expect(ranks(entries, [{ kind: "moreBonus" }, { kind: "groupScore", group: "I" }])).toEqual([
      ["a", 1, false],
      ["b", 2, false],
    ]);
  });

  test("marks as tied only the units still equal after every key", () => {
    const entries = [
      entry("a", 90, { bonus: 2 }),
      entry("b", 90, { bonus: 2 }),
      entry("c", 90, { bonus: 1 }),
      entry("d", 95),
    ];
    expect(ranks(entries, [{ kind: "moreBonus" }])).toEqual([
      ["a", 2, true],
      ["b", 2, true],
      ["c", 4, false],
      ["d", 1, false],
    ]);
  });

  test("ranks a total that is not a number last", () => {
    expect(ranks([entry("a", NaN), entry("b", 0), entry("c", -5)])).toEqual([
      ["a", 3, false],
      ["b", 1, false],
      ["c", 2, false],
    ]);
  });

  test("does not mutate its input", () => {
    const entries = [entry("a", 80, { groupPoints: { I: 1 } }), entry("b", 90)];
    const copy = JSON.parse(JSON.stringify(entries)) as unknown;
    rankUnits(entries, [{ kind: "groupScore", group: "I" }], null);
    expect(JSON.parse(JSON.stringify(entries))).toEqual(copy);
  });

  test("gives an empty list for no entries", () => {
    expect(rankUnits([], [{ kind: "moreBonus" }], null)).toEqual([]);
  });

  test("ranks 100,000 units with tie-breaks in well under a few seconds", () => {
    const entries = Array.from({ length: 100_000 }, (_, i) =>
      entry(`u${i}`, ((i * 7919) % 10_007) / 10, { bonus: i % 5, deduction: i % 3 })
    );
    const start = performance.now();
    const ranked = rankUnits(entries, [{ kind: "moreBonus" }, { kind: "fewerDeductions" }], null);
    expect(performance.now() - start).toBeLessThan(3000);
    expect(ranked).toHaveLength(100_000);
    expect(ranked.filter((r) => r.rank === 1).length).toBeGreaterThanOrEqual(1);
  });
});

describe("rankByKeys", () => {
  const totals = [80, 95, 80, 70, 95, 80];
  const keys: RankKeys = {
    count: totals.length,
    total: (index) => totals[index]!,
    bonus: () => 0,
    deduction: () => 0,
    groupPoints: () => undefined,
    womenShare: () => undefined,
    votes: () => undefined,
  };

  test("gives each unit, by index, the rank and tie that rankUnits gives", () => {
    const { ranks, tied } = rankByKeys(keys, [], null);
    const expected = rankUnits(
      totals.map((total, index) => entry(`u${index}`, total)),
      [],
      null
    );
    expect([...ranks]).toEqual(expected.map((unit) => unit.rank));
    expect([...tied].map((flag) => flag === 1)).toEqual(expected.map((unit) => unit.tied));
  });

  test("lists the indices from the best down, equal units in the order of their indices", () => {
    expect([...rankByKeys(keys, [], null).order]).toEqual([1, 4, 0, 2, 5, 3]);
  });

  test("orders by a tie-break before the index", () => {
    const bonuses = [0, 0, 2, 0, 1, 1];
    const order = rankByKeys(
      { ...keys, bonus: (index) => bonuses[index]! },
      [{ kind: "moreBonus" }],
      null
    ).order;
    expect([...order]).toEqual([4, 1, 2, 5, 0, 3]);
  });
});
