import fc from "fast-check";
import { decideBloc } from "../../src/core/decideBloc";
import { NATIONAL_2025_PROFILE, SEED_BLOC_2018_PROFILE } from "../../src/core/profile";
import type { AwardReason } from "../../src/core/result";
import { gradeFor, type ScoredUnit } from "../../src/core/scoring";
import { nominate } from "../../src/functions/functions";

/**
 * The engine's reasons for one unit as NOMINATE's cell writes them, worked out apart from it:
 * "Award: why" from the highest award down, "; " between them, and awards in a row that the unit
 * was not eligible for with the same words named together ("A và B: why").
 */
function cellByTheBook(reasons: readonly AwardReason[], awardName: (id: string) => string): string {
  const groups: { names: string[]; reason: AwardReason }[] = [];
  for (const reason of reasons) {
    const last = groups[groups.length - 1];
    const same =
      last !== undefined &&
      reason.outcome === "notEligible" &&
      last.reason.outcome === "notEligible" &&
      last.reason.message.vi === reason.message.vi;
    if (same) last.names.push(awardName(reason.awardId));
    else groups.push({ names: [awardName(reason.awardId)], reason });
  }
  return groups
    .map(({ names, reason }) => {
      const named =
        names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} và ${names.at(-1)}`;
      return `${named}: ${reason.message.vi}`;
    })
    .join("; ");
}

const unitArbitrary = fc.record({
  // Few totals: ties at every rank, at the quotas' edges too.
  total: fc.integer({ min: 0, max: 8 }).map((step) => 60 + step * 5),
  votes: fc.integer({ min: 0, max: 9 }),
});

describe("THIDUA.NOMINATE against the engine", () => {
  test("proposes what decideBloc proposes, and writes its reasons, for random blocs", () => {
    fc.assert(
      fc.property(
        fc.array(unitArbitrary, { minLength: 1, maxLength: 30 }),
        fc.boolean(),
        (units, seedPreset) => {
          const profile = seedPreset ? SEED_BLOC_2018_PROFILE : NATIONAL_2025_PROFILE;
          const names = units.map((_, index) => `Đơn vị ${index + 1}`);
          const rows = nominate(
            names.map((name) => [name]),
            units.map((unit) => [unit.total]),
            units.map((unit) => [unit.votes]),
            [[9]],
            seedPreset ? "seed-bloc-2018" : "national-2025"
          );

          const scored: ScoredUnit[] = units.map((unit, index) => ({
            unitId: `u${index}`,
            name: names[index]!,
            selfPoints: null,
            blocPoints: unit.total,
            points: unit.total,
            bonus: 0,
            deduction: 0,
            total: unit.total,
            groupPoints: {},
            grade: gradeFor(unit.total, profile.grades),
          }));
          const result = decideBloc({
            year: 0,
            blocName: "",
            scored,
            unitInputs: [],
            votes: units.flatMap((unit, index) =>
              profile.awards
                .filter((award) => award.voteThreshold !== null)
                .map((award) => ({
                  unitId: `u${index}`,
                  awardId: award.id,
                  inFavour: unit.votes,
                  membersPresent: 9,
                  membersTotal: 9,
                }))
            ),
            conditions: [],
            awardHistory: [],
            leaderHistory: [],
            profile,
          });
          const awardName = (id: string) =>
            profile.awards.find((award) => award.id === id)!.name.vi;

          expect(rows).toHaveLength(units.length);
          expect(result.nominations).toHaveLength(units.length);
          for (const nomination of result.nominations) {
            const row = rows[Number(nomination.unitId.slice(1))]!;
            expect(row[0]).toBe(names[Number(nomination.unitId.slice(1))]);
            expect(row[1]).toBe(nomination.awardId === null ? "" : awardName(nomination.awardId));
            expect(row[2]).toBe(cellByTheBook(nomination.reasons, awardName));
          }
        }
      ),
      { numRuns: 200 }
    );
  });
});
