import fc from "fast-check";
import { evaluateBloc } from "../../src/core/evaluateBloc";
import type { BlocInput } from "../../src/core/model";
import { SEED_BLOC_2018_PROFILE } from "../../src/core/profile";
import type { RuleProfile } from "../../src/core/profile/types";
import type { BlocResult } from "../../src/core/result";

/** A bloc of units scored on one 1,000-point criterion, everyone voted unanimously for everything. */
function blocWithTotals(totals: readonly number[], profile: RuleProfile): BlocInput {
  const units = totals.map((_, index) => ({
    id: `unit ${index}`,
    name: `Đơn vị ${index}`,
    rotationOrder: index + 1,
  }));
  return {
    year: 2024,
    blocName: "Khối thử",
    units,
    criteria: [{ id: "all", code: "1", title: "Toàn bộ", group: "I", maxPoints: 1000 }],
    scores: units.map((unit, index) => ({
      unitId: unit.id,
      criteria: [{ criterionId: "all", bloc: totals[index]! }],
    })),
    votes: units.flatMap((unit) =>
      profile.awards.map((award) => ({
        unitId: unit.id,
        awardId: award.id,
        inFavour: 9,
        ballotsIssued: 9,
        ballotsValid: 9,
        membersPresent: 9,
        membersTotal: 9,
      }))
    ),
    conditions: [],
    awardHistory: [],
    leaderHistory: [],
  };
}

const totalsArbitrary = fc.uniqueArray(
  fc.integer({ min: 0, max: 2000 }).map((n) => n / 2),
  { minLength: 1, maxLength: 12 }
);
const profile = SEED_BLOC_2018_PROFILE;

function rankOf(result: BlocResult, unitId: string): number {
  return result.units.find((u) => u.unitId === unitId)!.rank;
}

function awardIndexOf(result: BlocResult, unitId: string): number {
  const awardId = result.nominations.find((n) => n.unitId === unitId)!.awardId;
  return awardId === null ? Infinity : profile.awards.findIndex((a) => a.id === awardId);
}

describe("evaluateBloc, for any scores", () => {
  test("gives every unit the same rank whatever order the units come in", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.integer({ min: 0, max: 40 }).map((n) => n * 25),
          { minLength: 1, maxLength: 12 }
        ),
        fc.infiniteStream(fc.nat()),
        (totals, stream) => {
          const input = blocWithTotals(totals, profile);
          const keys = input.units.map(() => stream.next().value as number);
          const order = input.units.map((_, i) => i).sort((a, b) => keys[a]! - keys[b]! || a - b);
          const shuffled = {
            ...input,
            units: order.map((i) => input.units[i]!),
            scores: order.map((i) => input.scores[i]!),
          };
          const before = evaluateBloc(input, profile);
          const after = evaluateBloc(shuffled, profile);
          for (const unit of input.units)
            expect(rankOf(after, unit.id)).toBe(rankOf(before, unit.id));
        }
      )
    );
  });

  test("never proposes a unit for two awards and never exceeds a quota", () => {
    fc.assert(
      fc.property(totalsArbitrary, (totals) => {
        const result = evaluateBloc(blocWithTotals(totals, profile), profile);
        expect(new Set(result.nominations.map((n) => n.unitId)).size).toBe(
          result.nominations.length
        );
        for (const nomination of result.nominations) {
          expect(nomination.reasons.filter((r) => r.outcome === "proposed").length).toBe(
            nomination.awardId ? 1 : 0
          );
        }
        for (const award of profile.awards) {
          const count = result.nominations.filter((n) => n.awardId === award.id).length;
          if (award.quota.kind === "count") expect(count).toBeLessThanOrEqual(award.quota.count);
        }
      })
    );
  });

  test("never lowers a unit's rank or award when its score rises", () => {
    fc.assert(
      fc.property(
        totalsArbitrary,
        fc.nat(),
        fc.integer({ min: 1, max: 400 }),
        (totals, pick, raise) => {
          const index = pick % totals.length;
          const raised = totals.map((t, i) => (i === index ? Math.min(1000, t + raise / 2) : t));
          fc.pre(new Set(raised).size === raised.length);
          const unitId = `unit ${index}`;
          const before = evaluateBloc(blocWithTotals(totals, profile), profile);
          const after = evaluateBloc(blocWithTotals(raised, profile), profile);
          expect(rankOf(after, unitId)).toBeLessThanOrEqual(rankOf(before, unitId));
          expect(awardIndexOf(after, unitId)).toBeLessThanOrEqual(awardIndexOf(before, unitId));
        }
      )
    );
  });
});
