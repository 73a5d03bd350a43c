import type { Language } from "../../localized";
import type { RuleProfile } from "../../profile/types";
import type { BallotCount } from "../../result";
import { formatNumber, formatShare } from "./format";

/** Counts below this are cached under one number (votes × LIMIT + base). */
const LIMIT = 1 << 15;

/**
 * The words of ballots in one language: "7/10 phiếu (70%)", and "… dưới ngưỡng 80%" for a ballot
 * below an award's threshold. Thousands of units share a few counts of votes (a bloc has tens of
 * members), so each phrase is written once per count and kept.
 */
export class BallotPhrases {
  private readonly countedWords = new Map<number, string>();
  private readonly belowWords: Map<number, string>[];
  /** " dưới ngưỡng 80%" / " below the 80% threshold", per award. */
  private readonly thresholds: string[];

  constructor(
    profile: RuleProfile,
    private readonly language: Language
  ) {
    this.belowWords = profile.awards.map(() => new Map());
    this.thresholds = profile.awards.map((award) => {
      const needed = formatShare(award.voteThreshold ?? 0, language);
      if (profile.ballot.strictlyAbove) {
        return language === "vi"
          ? " không vượt quá ngưỡng " + needed
          : ` not above the ${needed} threshold`;
      }
      return language === "vi" ? " dưới ngưỡng " + needed : ` below the ${needed} threshold`;
    });
  }

  /** "7/10 phiếu (70%)" / "7/10 votes (70%)": the votes, the base and the share. */
  counted(ballot: BallotCount): string {
    const key = cacheKey(ballot);
    if (key === undefined) return this.writeCounted(ballot);
    let words = this.countedWords.get(key);
    if (words === undefined) {
      words = this.writeCounted(ballot);
      this.countedWords.set(key, words);
    }
    return words;
  }

  /** "7/10 phiếu (70%) dưới ngưỡng 80%": the ballot, short of the award's threshold. */
  belowThreshold(ballot: BallotCount, awardIndex: number): string {
    const key = cacheKey(ballot);
    if (key === undefined) return this.counted(ballot) + this.thresholds[awardIndex]!;
    const known = this.belowWords[awardIndex]!;
    let words = known.get(key);
    if (words === undefined) {
      words = this.counted(ballot) + this.thresholds[awardIndex]!;
      known.set(key, words);
    }
    return words;
  }

  private writeCounted(ballot: BallotCount): string {
    const { language } = this;
    const votes = `${formatNumber(ballot.votes, language)}/${formatNumber(ballot.base, language)}`;
    const share = formatShare(ballot.share, language);
    return language === "vi" ? `${votes} phiếu (${share})` : `${votes} votes (${share})`;
  }
}

/**
 * One number for a ballot of whole counts below `LIMIT` whose share is theirs (its words follow
 * from the two counts); undefined for any other, which is written each time.
 */
function cacheKey({ votes, base, share }: BallotCount): number | undefined {
  if (!(Number.isInteger(votes) && Number.isInteger(base))) return undefined;
  if (votes < 0 || base < 0 || votes >= LIMIT || base >= LIMIT) return undefined;
  if (share !== (base > 0 ? votes / base : 0)) return undefined;
  return votes * LIMIT + base;
}
