import fc from "fast-check";
import type { ConditionInput } from "../../../src/core/model";
import { nominate } from "../../../src/core/nomination";
import {
  GRADE_ORDER,
  type AwardRule,
  type GradeId,
  type Quota,
  type RuleProfile,
} from "../../../src/core/profile";
import type { BallotOutcome, UnitResult } from "../../../src/core/result";
import { award, clean, profileWith, unit } from "./builders";

const gradeArbitrary = fc.constantFrom<GradeId>(...GRADE_ORDER);

const quotaArbitrary: fc.Arbitrary<Quota> = fc.oneof(
  fc.record({ kind: fc.constant("count" as const), count: fc.integer({ min: 0, max: 4 }) }),
  fc.record({
    kind: fc.constant("percent" as const),
    percent: fc.integer({ min: 0, max: 100 }),
    rounding: fc.constantFrom("down" as const, "up" as const, "nearest" as const),
  }),
  fc.constant({ kind: "unlimited" as const })
);

const awardsArbitrary: fc.Arbitrary<AwardRule[]> = fc
  .array(
    fc.record({
      quota: quotaArbitrary,
      bestRank: fc.option(fc.integer({ min: 1, max: 4 }), { nil: null }),
      minGrade: fc.option(gradeArbitrary, { nil: null }),
      voteThreshold: fc.option(fc.constantFrom(0.5, 0.8), { nil: null }),
    }),
    { minLength: 1, maxLength: 4 }
  )
  .map((rules) => rules.map((rule, index) => award(`award${index}`, rule)));

interface UnitSeed {
  readonly score: number;
  readonly grade: GradeId;
  readonly blocked: boolean;
  readonly votes: readonly number[];
}

const unitSeedArbitrary: fc.Arbitrary<UnitSeed> = fc.record({
  score: fc.integer({ min: 0, max: 5 }),
  grade: gradeArbitrary,
  blocked: fc.boolean(),
  votes: fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 4, maxLength: 4 }),
});

/** Mostly eligible units, so that quotas bind and a change of rank changes the outcome. */
const eligibleSeedArbitrary: fc.Arbitrary<UnitSeed> = fc.record({
  score: fc.constant(0),
  grade: fc.constantFrom<GradeId>("excellent", "excellent", "good"),
  blocked: fc.integer({ min: 0, max: 9 }).map((value) => value === 0),
  votes: fc.array(fc.integer({ min: 3, max: 6 }), { minLength: 4, maxLength: 4 }),
});

interface World {
  readonly units: UnitResult[];
  readonly ballots: BallotOutcome[];
  readonly conditions: ConditionInput[];
  readonly profile: RuleProfile;
}

/** Units ranked by score with competition ranks ("1224"), possibly tied. */
function buildWorld(
  seeds: readonly UnitSeed[],
  awards: AwardRule[],
  ranks?: readonly number[]
): World {
  const units = seeds.map((seed, index) => {
    const rank = ranks?.[index] ?? 1 + seeds.filter((other) => other.score > seed.score).length;
    const tied =
      ranks === undefined && seeds.some((other, j) => j !== index && other.score === seed.score);
    return unit(`u${index}`, rank, { grade: seed.grade, total: 90 + seed.score, tied });
  });
  const ballots = seeds.flatMap((seed, index) =>
    awards.map((rule, awardIndex) => {
      const votes = seed.votes[awardIndex] ?? 6;
      return {
        unitId: `u${index}`,
        awardId: rule.id,
        votes,
        base: 6,
        share: votes / 6,
        quorumMet: true,
        passed: votes >= 3,
      };
    })
  );
  const conditions = seeds.map((seed, index) =>
    clean(`u${index}`, { underInvestigation: seed.blocked })
  );
  return { units, ballots, conditions, profile: profileWith(awards) };
}

function run(world: World) {
  return nominate({ year: 2025, awardHistory: [], ...world });
}

function places(quota: Quota, unitCount: number): number {
  if (quota.kind === "count") return quota.count;
  if (quota.kind === "unlimited") return Infinity;
  const hundredths = quota.percent * unitCount;
  if (quota.rounding === "down") return Math.floor(hundredths / 100);
  if (quota.rounding === "up") return Math.ceil(hundredths / 100);
  return Math.floor((hundredths + 50) / 100);
}

describe("nominate, for any bloc and any quotas", () => {
  test("proposes each unit for at most one award, and the reasons agree", () => {
    fc.assert(
      fc.property(
        fc.array(unitSeedArbitrary, { minLength: 1, maxLength: 9 }),
        awardsArbitrary,
        (seeds, awards) => {
          const world = buildWorld(seeds, awards);
          const result = run(world);
          expect(result.nominations.map((n) => n.unitId)).toEqual(world.units.map((u) => u.unitId));
          for (const nomination of result.nominations) {
            const proposed = nomination.reasons.filter((reason) => reason.outcome === "proposed");
            expect(proposed.length).toBeLessThanOrEqual(1);
            expect(proposed[0]?.awardId ?? null).toBe(nomination.awardId);
            if (nomination.awardId !== null)
              expect(nomination.reasons[nomination.reasons.length - 1]).toBe(proposed[0]);
          }
        }
      )
    );
  });

  test("never exceeds a quota", () => {
    fc.assert(
      fc.property(
        fc.array(unitSeedArbitrary, { minLength: 1, maxLength: 9 }),
        awardsArbitrary,
        (seeds, awards) => {
          const result = run(buildWorld(seeds, awards));
          for (const rule of awards) {
            const given = result.nominations.filter((n) => n.awardId === rule.id).length;
            expect(given).toBeLessThanOrEqual(places(rule.quota, seeds.length));
          }
        }
      )
    );
  });

  test("gives a blocked unit nothing", () => {
    fc.assert(
      fc.property(
        fc.array(unitSeedArbitrary, { minLength: 1, maxLength: 9 }),
        awardsArbitrary,
        (seeds, awards) => {
          const result = run(buildWorld(seeds, awards));
          seeds.forEach((seed, index) => {
            if (!seed.blocked) return;
            const nomination = result.nominations[index]!;
            expect(nomination.awardId).toBeNull();
            expect(nomination.reasons.map((r) => r.outcome)).toEqual(
              awards.map(() => "notEligible")
            );
          });
        }
      )
    );
  });

  test("never lowers a unit's award when it ranks one place better, all else equal and no ties", () => {
    const arbitrary = fc
      .array(eligibleSeedArbitrary, { minLength: 2, maxLength: 9 })
      .chain((seeds) =>
        fc.record({
          seeds: fc.constant(seeds),
          order: fc.shuffledSubarray(
            seeds.map((_, index) => index),
            { minLength: seeds.length, maxLength: seeds.length }
          ),
          climber: fc.integer({ min: 0, max: seeds.length - 1 }),
          awards: awardsArbitrary,
        })
      );
    fc.assert(
      fc.property(arbitrary, ({ seeds, order, climber, awards }) => {
        const ranks = seeds.map((_, index) => order.indexOf(index) + 1);
        const rank = ranks[climber]!;
        fc.pre(rank > 1);
        const displaced = ranks.indexOf(rank - 1);
        const better = [...ranks];
        better[climber] = rank - 1;
        better[displaced] = rank;
        const awardIndex = (world: World) => {
          const id = run(world).nominations[climber]!.awardId;
          return id === null ? awards.length : awards.findIndex((rule) => rule.id === id);
        };
        const before = awardIndex(buildWorld(seeds, awards, ranks));
        const after = awardIndex(buildWorld(seeds, awards, better));
        expect(after).toBeLessThanOrEqual(before);
      }),
      { numRuns: 400 }
    );
  });
});
