import fc from "fast-check";
import type { TieBreakKey } from "../../../src/core/profile/types";
import { rankByKeys, rankEq, rankUnits, type RankEntry } from "../../../src/core/ranking";

/** Small integer ranges, so that ties on totals and on keys are common. */
const entriesArbitrary = fc
  .array(
    fc.record({
      total: fc.integer({ min: 0, max: 20 }).map((n) => n / 2),
      bonus: fc.integer({ min: 0, max: 3 }),
      deduction: fc.integer({ min: 0, max: 3 }),
      groupI: fc.integer({ min: 0, max: 3 }),
      womenShare: fc.option(fc.constantFrom(0.5, 0.7, 0.9), { nil: undefined }),
      votes: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
    }),
    { minLength: 1, maxLength: 30 }
  )
  .map((rows) =>
    rows.map((row, index): RankEntry => ({
      unitId: `unit ${index}`,
      total: row.total,
      bonus: row.bonus,
      deduction: row.deduction,
      groupPoints: { I: row.groupI },
      womenShare: row.womenShare,
      votesByAward: row.votes === undefined ? {} : { flag: row.votes },
    }))
  );

const tieBreakArbitrary: fc.Arbitrary<TieBreakKey> = fc.oneof(
  fc.constant<TieBreakKey>({ kind: "groupScore", group: "I" }),
  fc.constant<TieBreakKey>({ kind: "moreBonus" }),
  fc.constant<TieBreakKey>({ kind: "fewerDeductions" }),
  fc.constant<TieBreakKey>({ kind: "womenShare", atLeast: 0.7 }),
  fc.constant<TieBreakKey>({ kind: "moreVotes" })
);
const tieBreaksArbitrary = fc.array(tieBreakArbitrary, { maxLength: 4 });

function rankById(
  entries: readonly RankEntry[],
  tieBreaks: readonly TieBreakKey[]
): Map<string, number> {
  return new Map(rankUnits(entries, tieBreaks, "flag").map((r) => [r.unitId, r.rank]));
}

describe("rankUnits, for any entries and tie-breaks", () => {
  test("gives every unit the same rank whatever order the entries come in", () => {
    fc.assert(
      fc.property(
        entriesArbitrary.chain((entries) =>
          fc.tuple(
            fc.constant(entries),
            fc.shuffledSubarray(entries, { minLength: entries.length })
          )
        ),
        tieBreaksArbitrary,
        ([entries, shuffled], tieBreaks) => {
          expect(rankById(shuffled, tieBreaks)).toEqual(rankById(entries, tieBreaks));
        }
      )
    );
  });

  test("returns one result per entry, in the entries' order", () => {
    fc.assert(
      fc.property(entriesArbitrary, tieBreaksArbitrary, (entries, tieBreaks) => {
        expect(rankUnits(entries, tieBreaks, "flag").map((r) => r.unitId)).toEqual(
          entries.map((e) => e.unitId)
        );
      })
    );
  });

  test("equals RANK.EQ of the totals when there is no tie-break", () => {
    fc.assert(
      fc.property(entriesArbitrary, (entries) => {
        expect(rankUnits(entries, [], null).map((r) => r.rank)).toEqual(
          rankEq(entries.map((e) => e.total))
        );
      })
    );
  });

  test("never ranks a unit worse when its total rises", () => {
    fc.assert(
      fc.property(
        entriesArbitrary,
        tieBreaksArbitrary,
        fc.nat(),
        fc.integer({ min: 1, max: 10 }),
        (entries, tieBreaks, pick, raise) => {
          const index = pick % entries.length;
          const raised = entries.map((e, i) =>
            i === index ? { ...e, total: e.total + raise / 2 } : e
          );
          const unitId = entries[index]!.unitId;
          expect(rankById(raised, tieBreaks).get(unitId)!).toBeLessThanOrEqual(
            rankById(entries, tieBreaks).get(unitId)!
          );
        }
      )
    );
  });

  test("gives ranks in 1…n, with at least k units ranked k or better for every rank k given", () => {
    fc.assert(
      fc.property(entriesArbitrary, tieBreaksArbitrary, (entries, tieBreaks) => {
        const ranks = rankUnits(entries, tieBreaks, "flag").map((r) => r.rank);
        for (const rank of ranks) {
          expect(rank).toBeGreaterThanOrEqual(1);
          expect(rank).toBeLessThanOrEqual(entries.length);
          expect(ranks.filter((r) => r <= rank).length).toBeGreaterThanOrEqual(rank);
        }
        expect(ranks).toContain(1);
      })
    );
  });

  test("marks a unit tied exactly when another unit has its rank", () => {
    fc.assert(
      fc.property(entriesArbitrary, tieBreaksArbitrary, (entries, tieBreaks) => {
        const ranked = rankUnits(entries, tieBreaks, "flag");
        for (const r of ranked) {
          expect(r.tied).toBe(ranked.filter((other) => other.rank === r.rank).length > 1);
        }
      })
    );
  });

  test("never leaves more ties with tie-breaks than without", () => {
    fc.assert(
      fc.property(entriesArbitrary, tieBreaksArbitrary, (entries, tieBreaks) => {
        const tiedWith = rankUnits(entries, tieBreaks, "flag").filter((r) => r.tied).length;
        const tiedWithout = rankUnits(entries, [], "flag").filter((r) => r.tied).length;
        expect(tiedWith).toBeLessThanOrEqual(tiedWithout);
      })
    );
  });
});

describe("rankByKeys, for any totals", () => {
  /** Many equal totals, both zeros, a total that is not a number, and lengths of every kind. */
  const totalsArbitrary = fc.array(
    fc.oneof(
      { weight: 8, arbitrary: fc.integer({ min: 0, max: 6 }).map((n) => n / 2) },
      { weight: 1, arbitrary: fc.constantFrom(-0, Number.NaN, -Infinity, 1e12, -3) }
    ),
    { maxLength: 70 }
  );

  test("lists every index once, from the highest total down, equal totals by index", () => {
    fc.assert(
      fc.property(totalsArbitrary, (totals) => {
        const keys = {
          count: totals.length,
          total: (index: number) => totals[index]!,
          bonus: () => 0,
          deduction: () => 0,
          groupPoints: () => undefined,
          womenShare: () => undefined,
          votes: () => undefined,
        };
        // Written the naive way: a total that is not a number ranks last; −0 equals 0.
        const value = (index: number) => (Number.isNaN(totals[index]) ? -Infinity : totals[index]!);
        const expected = totals
          .map((_, index) => index)
          .sort((a, b) => (value(a) === value(b) ? a - b : value(b) - value(a)));
        expect([...rankByKeys(keys, [], null).order]).toEqual(expected);
      })
    );
  });
});
