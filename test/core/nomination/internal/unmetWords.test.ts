import fc from "fast-check";
import { localized, type Language } from "../../../../src/core/localized";
import { GRADE_ORDER } from "../../../../src/core/profile/types";
import type { UnmetCondition } from "../../../../src/core/nomination/internal/unmetConditions";
import {
  unmetSentence,
  unmetText,
  unmetWords,
} from "../../../../src/core/nomination/internal/unmetWords";
import { joinReasons, joinReasonWords } from "../../../../src/core/text/joinReasons";

const conditionArbitrary: fc.Arbitrary<UnmetCondition> = fc.oneof(
  fc.constantFrom<UnmetCondition>(
    { kind: "noBallot" },
    { kind: "noQuorum" },
    { kind: "worded", text: localized("đang bị thanh tra", "under inspection") }
  ),
  fc
    .record({ rank: fc.integer({ min: 2, max: 200 }), bestRank: fc.integer({ min: 1, max: 5 }) })
    .map((facts): UnmetCondition => ({ kind: "rank", ...facts })),
  fc
    .record({ has: fc.constantFrom(...GRADE_ORDER), needs: fc.constantFrom(...GRADE_ORDER) })
    .map((facts): UnmetCondition => ({ kind: "grade", ...facts })),
  fc
    .record({ total: fc.double({ min: 0, max: 1000, noNaN: true }), minScore: fc.constant(900) })
    .map((facts): UnmetCondition => ({ kind: "score", ...facts })),
  fc
    .record({
      votes: fc.integer({ min: 0, max: 9 }),
      base: fc.integer({ min: 10, max: 12 }),
      strictlyAbove: fc.boolean(),
    })
    .map(({ votes, base, strictlyAbove }): UnmetCondition => ({
      kind: "votes",
      ballot: {
        unitId: "u",
        awardId: "a",
        votes,
        base,
        share: votes / base,
        quorumMet: true,
        passed: false,
      },
      threshold: 0.8,
      strictlyAbove,
    }))
);

describe("unmetSentence", () => {
  it("writes a rank and a missing ballot as one sentence, capitalised in Vietnamese", () => {
    const conditions: UnmetCondition[] = [
      { kind: "rank", rank: 3, bestRank: 1 },
      { kind: "noBallot" },
    ];
    expect(unmetSentence(conditions, "vi")).toBe(
      "Không phải đơn vị dẫn đầu khối (xếp hạng 3); chưa có kết quả bỏ phiếu cho danh hiệu này"
    );
    expect(unmetSentence(conditions, "en")).toBe(
      "not the bloc's leading unit (ranked 3rd); no ballot recorded for this award"
    );
  });

  it("is always what joinReasons makes of the conditions' words", () => {
    fc.assert(
      fc.property(
        fc.array(conditionArbitrary, { maxLength: 4 }),
        fc.constantFrom<Language>("vi", "en"),
        (conditions, language) => {
          const words = conditions.map((condition) => unmetWords(condition, language));
          expect(unmetSentence(conditions, language)).toBe(joinReasonWords(words, language));
          const both = conditions.map((condition) =>
            localized(unmetWords(condition, "vi"), unmetWords(condition, "en"))
          );
          expect(unmetSentence(conditions, language)).toBe(joinReasons(both)[language]);
        }
      )
    );
  });
});

describe("unmetSentence of a single condition", () => {
  it("is the sentence of a list of that one condition", () => {
    fc.assert(
      fc.property(
        conditionArbitrary,
        fc.constantFrom<Language>("vi", "en"),
        (condition, language) => {
          expect(unmetSentence(condition, language)).toBe(unmetSentence([condition], language));
        }
      )
    );
  });
});

describe("unmetText", () => {
  it("reads as the sentence in each language, and as the plain text in JSON", () => {
    const conditions: UnmetCondition[] = [
      { kind: "rank", rank: 3, bestRank: 1 },
      { kind: "noBallot" },
    ];
    const text = unmetText(conditions);
    expect(text.vi).toBe(unmetSentence(conditions, "vi"));
    expect(text.en).toBe(unmetSentence(conditions, "en"));
    expect(JSON.parse(JSON.stringify(unmetText(conditions[0]!)))).toStrictEqual({
      vi: "Không phải đơn vị dẫn đầu khối (xếp hạng 3)",
      en: "not the bloc's leading unit (ranked 3rd)",
    });
  });
});

describe("unmetText after the award above", () => {
  const rank: UnmetCondition = { kind: "rank", rank: 4, bestRank: 1 };

  it("is the text of the award above when the conditions are the same", () => {
    const above = unmetText([rank, { kind: "noQuorum" }]);
    expect(unmetText([{ kind: "rank", rank: 4, bestRank: 1 }, { kind: "noQuorum" }], above)).toBe(
      above
    );
    expect(unmetText({ ...rank }, unmetText(rank))).toEqual(unmetText(rank));
  });

  it("is a new text when a condition or a fact differs", () => {
    const above = unmetText(rank);
    expect(unmetText({ kind: "rank", rank: 5, bestRank: 1 }, above)).not.toBe(above);
    expect(unmetText([rank, { kind: "noBallot" }], above)).not.toBe(above);
    expect(unmetText(rank, { vi: above.vi, en: above.en })).not.toBe(above);
  });

  it("always reads as the sentence of its own conditions", () => {
    const conditions = fc.oneof(conditionArbitrary, fc.array(conditionArbitrary, { maxLength: 3 }));
    fc.assert(
      fc.property(
        conditions,
        conditions,
        fc.constantFrom<Language>("vi", "en"),
        (a, b, language) => {
          expect(unmetText(b, unmetText(a))[language]).toBe(unmetSentence(b, language));
        }
      )
    );
  });
});
