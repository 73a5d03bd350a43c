import fc from "fast-check";
import {
  decideAwards,
  OUTCOME,
  reasonWords,
  reasonWriter,
  sameReasonAsAbove,
} from "../../../src/core/nomination";
import type { Language } from "../../../src/core/localized";
import { award, ballot, clean, profileWith, unit } from "./builders";

const flag = (id: string, voteThreshold: number) =>
  award(id, { quota: { kind: "count", count: 1 }, bestRank: 1, voteThreshold });

describe("sameReasonAsAbove", () => {
  const units = [unit("a", 1), unit("b", 2), unit("c", 3)];

  function decide(thresholds: readonly [number, number]) {
    const profile = profileWith([
      flag("government", thresholds[0]),
      flag("province", thresholds[1]),
    ]);
    return decideAwards({
      year: 2025,
      units,
      ballots: units.flatMap((each) =>
        profile.awards.map((rule) => ballot(each.unitId, rule.id, 7, 10))
      ),
      conditions: units.map((each) => clean(each.unitId)),
      awardHistory: [],
      profile,
    });
  }

  it("is true when a unit misses both flags for the same reasons with the same facts", () => {
    const decisions = decide([0.8, 0.8]);
    expect(sameReasonAsAbove(decisions, 1, 2)).toBe(true);
    expect(reasonWords(decisions, 1, 2, "vi")).toBe(reasonWords(decisions, 0, 2, "vi"));
    expect(reasonWords(decisions, 1, 2, "vi")).toBe(
      "Không phải đơn vị dẫn đầu khối (xếp hạng 3); 7/10 phiếu (70%) dưới ngưỡng 80%"
    );
  });

  it("is false when the thresholds differ, though the conditions missed are the same", () => {
    const decisions = decide([0.8, 0.9]);
    expect(sameReasonAsAbove(decisions, 1, 2)).toBe(false);
    expect(reasonWords(decisions, 1, 2, "en")).toBe(
      "not the bloc's leading unit (ranked 3rd); 7/10 votes (70%) below the 90% threshold"
    );
  });

  it("is false for the highest award, and after an award the unit got", () => {
    const decisions = decide([0.5, 0.5]);
    expect(sameReasonAsAbove(decisions, 0, 2)).toBe(false);
    expect(decisions.outcomes[0]![0]).toBe(OUTCOME.proposed);
    expect(decisions.outcomes[1]![0]).toBe(OUTCOME.none);
    expect(sameReasonAsAbove(decisions, 1, 0)).toBe(false);
  });
});

describe("reasonWriter", () => {
  const worldArbitrary = fc.record({
    totals: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 8 }),
    votes: fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 8, maxLength: 8 }),
    thresholds: fc.array(fc.constantFrom(0.5, 0.8), { minLength: 3, maxLength: 3 }),
    bestRanks: fc.array(fc.option(fc.integer({ min: 1, max: 3 }), { nil: null }), {
      minLength: 3,
      maxLength: 3,
    }),
    language: fc.constantFrom<Language>("vi", "en"),
  });

  it("writes what reasonWords writes, and the same words whenever sameReasonAsAbove says so", () => {
    fc.assert(
      fc.property(worldArbitrary, ({ totals, votes, thresholds, bestRanks, language }) => {
        const profile = profileWith(
          thresholds.map((voteThreshold, index) =>
            award(`award${index}`, { bestRank: bestRanks[index]!, voteThreshold })
          )
        );
        const units = totals.map((total, index) =>
          unit(`u${index}`, 1 + totals.filter((other) => other > total).length, {
            total: 90 + total,
            tied: totals.filter((other) => other === total).length > 1,
          })
        );
        const decisions = decideAwards({
          year: 2025,
          units,
          ballots: units.flatMap((each, index) =>
            profile.awards.map((rule) => ballot(each.unitId, rule.id, votes[index]!, 6))
          ),
          conditions: [],
          awardHistory: [],
          profile,
        });
        const write = reasonWriter(decisions, language);
        units.forEach((_, unitIndex) => {
          profile.awards.forEach((__, awardIndex) => {
            const words = write(awardIndex, unitIndex);
            expect(words).toBe(reasonWords(decisions, awardIndex, unitIndex, language));
            expect(words === "").toBe(decisions.outcomes[awardIndex]![unitIndex] === OUTCOME.none);
            if (sameReasonAsAbove(decisions, awardIndex, unitIndex))
              expect(words).toBe(write(awardIndex - 1, unitIndex));
          });
        });
      })
    );
  });
});
