import fc from "fast-check";
import { localized, type Language, type Localized } from "../../../../src/core/localized";
import { UNMET } from "../../../../src/core/nomination/awardDecisions";
import {
  FACT_BITS,
  unmetSentence,
  unmetWords,
  type UnmetFacts,
} from "../../../../src/core/nomination/internal/unmetWords";
import { GRADE_ORDER } from "../../../../src/core/profile/types";
import { joinReasons, joinReasonWords } from "../../../../src/core/text/joinReasons";
import { award, unit } from "../builders";

const reasonArbitrary: fc.Arbitrary<Localized> = fc.constantFrom(
  localized("đang bị thanh tra", "under inspection"),
  localized("chưa từng được tặng Cờ thi đua", "has not received the flag in an earlier year")
);

const factsArbitrary: fc.Arbitrary<UnmetFacts> = fc
  .record({
    rank: fc.integer({ min: 2, max: 200 }),
    bestRank: fc.integer({ min: 1, max: 5 }),
    grade: fc.constantFrom(...GRADE_ORDER),
    minGrade: fc.constantFrom(...GRADE_ORDER),
    total: fc.double({ min: 0, max: 1000, noNaN: true }),
    votes: fc.constantFrom(
      "7/10 phiếu (70%) dưới ngưỡng 80%",
      "3/9 votes (33.3%) below the 80% threshold"
    ),
    blocking: fc.array(reasonArbitrary, { minLength: 1, maxLength: 2 }),
    history: fc.array(reasonArbitrary, { minLength: 1, maxLength: 2 }),
  })
  .map((facts) => ({
    unit: unit("u", facts.rank, { grade: facts.grade, total: facts.total }),
    award: award("a", {
      bestRank: facts.bestRank,
      minGrade: facts.minGrade,
      minScore: 900,
      voteThreshold: 0.8,
    }),
    votes: facts.votes,
    blocking: facts.blocking,
    history: facts.history,
  }));

/** Each unmet condition's own words, in the order the sentence tells them. */
function wordsOf(unmet: number, facts: UnmetFacts, language: Language): string[] {
  const words: string[] = [];
  if (unmet & UNMET.blocked) words.push(...facts.blocking.map((text) => text[language]));
  for (const bit of FACT_BITS) if (unmet & bit) words.push(unmetWords(bit, facts, language));
  if (unmet & UNMET.history) words.push(...facts.history.map((text) => text[language]));
  return words;
}

describe("unmetSentence", () => {
  const facts: UnmetFacts = {
    unit: unit("u", 3),
    award: award("a", { bestRank: 1, voteThreshold: 0.8 }),
    votes: "",
    blocking: [],
    history: [],
  };

  it("writes a rank and a missing ballot as one sentence, capitalised in Vietnamese", () => {
    const unmet = UNMET.rank | UNMET.noBallot;
    expect(unmetSentence(unmet, facts, "vi")).toBe(
      "Không phải đơn vị dẫn đầu khối (xếp hạng 3); chưa có kết quả bỏ phiếu cho danh hiệu này"
    );
    expect(unmetSentence(unmet, facts, "en")).toBe(
      "not the bloc's leading unit (ranked 3rd); no ballot recorded for this award"
    );
  });

  it("starts with the blocking reasons and ends with the history ones, whatever else is unmet", () => {
    const both = {
      ...facts,
      blocking: [localized("đang bị thanh tra", "under inspection")],
      history: [localized("chưa từng được tặng Cờ", "has not received the flag")],
    };
    const unmet = UNMET.history | UNMET.rank | UNMET.blocked;
    expect(unmetSentence(unmet, both, "vi")).toBe(
      "Đang bị thanh tra; không phải đơn vị dẫn đầu khối (xếp hạng 3); chưa từng được tặng Cờ"
    );
    expect(unmetSentence(unmet, both, "en")).toBe(
      "under inspection; not the bloc's leading unit (ranked 3rd); has not received the flag"
    );
  });

  it("is empty when nothing is unmet", () => {
    expect(unmetSentence(0, facts, "vi")).toBe("");
  });

  it("is always what joinReasons makes of the conditions' words", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 255 }),
        factsArbitrary,
        fc.constantFrom<Language>("vi", "en"),
        (unmet, facts, language) => {
          const words = wordsOf(unmet, facts, language);
          expect(unmetSentence(unmet, facts, language)).toBe(joinReasonWords(words, language));
          const both = wordsOf(unmet, facts, "vi").map((vi, index) =>
            localized(vi, wordsOf(unmet, facts, "en")[index]!)
          );
          expect(unmetSentence(unmet, facts, language)).toBe(joinReasons(both)[language]);
        }
      )
    );
  });
});

describe("unmetWords", () => {
  const facts: UnmetFacts = {
    unit: unit("u", 4, { grade: "good", total: 87.25 }),
    award: award("a", { bestRank: 2, minGrade: "excellent", minScore: 90, voteThreshold: 0.8 }),
    votes: "7/10 phiếu (70%) dưới ngưỡng 80%",
    blocking: [],
    history: [],
  };

  it("names the facts of each condition, in both languages", () => {
    const cases: [(typeof FACT_BITS)[number], string, string][] = [
      [
        UNMET.rank,
        "xếp hạng 4, danh hiệu này cần hạng 2 trở lên",
        "ranked 4th, the award needs 2nd or better",
      ],
      [
        UNMET.grade,
        "xếp loại Hoàn thành tốt nhiệm vụ, cần Hoàn thành xuất sắc nhiệm vụ",
        'graded "completed duties well", needs "completed duties excellently"',
      ],
      [
        UNMET.score,
        "tổng điểm 87,25 dưới mức tối thiểu 90",
        "total of 87.25 below the minimum of 90",
      ],
      [
        UNMET.noQuorum,
        "cuộc bỏ phiếu không đủ số thành viên dự họp theo quy định",
        "the ballot did not have the required quorum",
      ],
      [
        UNMET.noBallot,
        "chưa có kết quả bỏ phiếu cho danh hiệu này",
        "no ballot recorded for this award",
      ],
    ];
    for (const [bit, vi, en] of cases) {
      expect(unmetWords(bit, facts, "vi")).toBe(vi);
      expect(unmetWords(bit, facts, "en")).toBe(en);
    }
  });

  it("tells a ballot short of the threshold in the words it is given", () => {
    expect(unmetWords(UNMET.votes, facts, "vi")).toBe("7/10 phiếu (70%) dưới ngưỡng 80%");
  });

  it("opens a Vietnamese sentence with a capital letter, and leaves English in lower case", () => {
    for (const bit of FACT_BITS.filter((bit) => bit !== UNMET.votes)) {
      const inner = unmetWords(bit, facts, "vi");
      expect(unmetWords(bit, facts, "vi", true)).toBe(
        inner.charAt(0).toUpperCase() + inner.slice(1)
      );
      expect(unmetWords(bit, facts, "en", true)).toBe(unmetWords(bit, facts, "en"));
    }
  });
});
