import fc from "fast-check";
import type { Language } from "../../../../src/core/localized";
import { BallotPhrases } from "../../../../src/core/nomination/internal/ballotPhrases";
import { formatNumber, formatShare } from "../../../../src/core/nomination/internal/format";
import { NATIONAL_2025_PROFILE, type RuleProfile } from "../../../../src/core/profile";
import type { BallotCount } from "../../../../src/core/result";
import { award, profileWith } from "../builders";

function ballot(votes: number, base: number, share = base > 0 ? votes / base : 0): BallotCount {
  return { votes, base, share, quorumMet: true };
}

/** The words of a ballot, written out in full every time. */
function counted({ votes, base, share }: BallotCount, language: Language): string {
  const count = `${formatNumber(votes, language)}/${formatNumber(base, language)}`;
  const percent = formatShare(share, language);
  return language === "vi" ? `${count} phiếu (${percent})` : `${count} votes (${percent})`;
}

describe("BallotPhrases", () => {
  const profile = profileWith([
    award("flag", { voteThreshold: 0.8 }),
    award("merit", { voteThreshold: 0.5 }),
  ]);

  it("writes the votes, the base and the share", () => {
    expect(new BallotPhrases(profile, "vi").counted(ballot(7, 10))).toBe("7/10 phiếu (70%)");
    expect(new BallotPhrases(profile, "en").counted(ballot(2, 3))).toBe("2/3 votes (66.7%)");
  });

  it("adds the threshold of the award the ballot is short of", () => {
    const vi = new BallotPhrases(profile, "vi");
    expect(vi.belowThreshold(ballot(7, 10), 0)).toBe("7/10 phiếu (70%) dưới ngưỡng 80%");
    expect(vi.belowThreshold(ballot(4, 10), 1)).toBe("4/10 phiếu (40%) dưới ngưỡng 50%");
    const en = new BallotPhrases(profile, "en");
    expect(en.belowThreshold(ballot(7, 10), 0)).toBe("7/10 votes (70%) below the 80% threshold");
  });

  it("says 'not above' when the ballot needs more than the threshold", () => {
    const strict: RuleProfile = {
      ...profile,
      ballot: { ...NATIONAL_2025_PROFILE.ballot, strictlyAbove: true },
    };
    expect(new BallotPhrases(strict, "vi").belowThreshold(ballot(8, 10), 0)).toBe(
      "8/10 phiếu (80%) không vượt quá ngưỡng 80%"
    );
    expect(new BallotPhrases(strict, "en").belowThreshold(ballot(8, 10), 0)).toBe(
      "8/10 votes (80%) not above the 80% threshold"
    );
  });

  it("gives the same words as writing each ballot out, whatever the order they are asked in", () => {
    const ballotArbitrary = fc.oneof(
      fc
        .tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 }))
        .map(([votes, base]) => ballot(votes, base)),
      // Counts that are not whole, too large, or a share that is not theirs: never kept.
      fc
        .tuple(
          fc.double({ min: 0, max: 50_000, noNaN: true }),
          fc.double({ min: 0, max: 50_000, noNaN: true }),
          fc.double({ min: 0, max: 1, noNaN: true })
        )
        .map(([votes, base, share]) => ballot(votes, base, share))
    );
    fc.assert(
      fc.property(
        fc.array(ballotArbitrary, { maxLength: 30 }),
        fc.constantFrom<Language>("vi", "en"),
        (ballots, language) => {
          const phrases = new BallotPhrases(profile, language);
          for (const each of [...ballots, ...ballots]) {
            expect(phrases.counted(each)).toBe(counted(each, language));
            expect(phrases.belowThreshold(each, 1)).toBe(
              counted(each, language) +
                (language === "vi" ? " dưới ngưỡng 50%" : " below the 50% threshold")
            );
          }
        }
      )
    );
  });
});
