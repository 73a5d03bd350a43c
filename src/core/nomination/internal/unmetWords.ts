import type { Language, Localized } from "../../localized";
import type { AwardRule } from "../../profile/types";
import type { UnitResult } from "../../result";
import { UNMET } from "../awardDecisions";
import { formatNumber, gradeName, ordinal } from "./format";

/** What the words of a unit's unmet conditions for one award are written from. */
export interface UnmetFacts {
  readonly unit: UnitResult;
  readonly award: AwardRule;
  /** The unit's ballot short of the award's threshold, in words (the `votes` bit). */
  readonly votes: string;
  /** Why the unit may not be proposed at all (the `blocked` bit). */
  readonly blocking: readonly Localized[];
  /** The award's history conditions it misses (the `history` bit). */
  readonly history: readonly Localized[];
}

/** The single conditions told by their own words, in the order they are written. */
export const FACT_BITS = [
  UNMET.rank,
  UNMET.grade,
  UNMET.score,
  UNMET.noBallot,
  UNMET.noQuorum,
  UNMET.votes,
] as const;

/**
 * The `UNMET` bits as one sentence, the conditions in a fixed order (blocking, rank, grade,
 * score, the ballot, history), joined by "; " as `joinReasons` joins them: "Không phải đơn vị
 * dẫn đầu khối (xếp hạng 3); chưa có kết quả bỏ phiếu …". The Vietnamese sentence starts with
 * a capital letter, written so rather than capitalised afterwards, which would copy the text:
 * a list writes one for nearly every unit and award.
 */
export function unmetSentence(unmet: number, facts: UnmetFacts, language: Language): string {
  // Undefined until the first condition, which is then written as the opening one.
  let sentence: string | undefined;
  if (unmet & UNMET.blocked) {
    for (const text of facts.blocking)
      sentence = append(sentence, worded(text, language, sentence === undefined));
  }
  for (const bit of FACT_BITS) {
    if (unmet & bit)
      sentence = append(sentence, unmetWords(bit, facts, language, sentence === undefined));
  }
  if (unmet & UNMET.history) {
    for (const text of facts.history)
      sentence = append(sentence, worded(text, language, sentence === undefined));
  }
  return sentence ?? "";
}

function append(sentence: string | undefined, words: string): string {
  return sentence === undefined ? words : sentence + "; " + words;
}

/** A reason written elsewhere, in lower case: capitalised in Vietnamese when it opens. */
function worded(text: Localized, language: Language, opening: boolean): string {
  const words = text[language];
  return opening && language === "vi" ? words.charAt(0).toUpperCase() + words.slice(1) : words;
}

/** "không phải đơn vị dẫn đầu khối (xếp hạng ", and with its capital letter. */
const NOT_LEADING = {
  inner: "không phải đơn vị dẫn đầu khối (xếp hạng ",
  opening: "Không phải đơn vị dẫn đầu khối (xếp hạng ",
};

/**
 * One unmet condition (a single bit of `FACT_BITS`) in words, starting in lower case, or, with
 * `opening`, in Vietnamese with a capital letter (English fragments stay in lower case, as
 * `joinReasons` leaves them).
 */
export function unmetWords(
  bit: (typeof FACT_BITS)[number],
  facts: UnmetFacts,
  language: Language,
  opening = false
): string {
  const vi = language === "vi";
  const { unit, award } = facts;
  switch (bit) {
    case UNMET.rank: {
      const rank = unit.rank;
      const bestRank = award.bestRank ?? 0;
      if (bestRank === 1) {
        // The words before the rank are one constant, and the rank joins ")" first (a short
        // piece V8 copies into one): a list writes this for nearly every unit, twice.
        return vi
          ? (opening ? NOT_LEADING.opening : NOT_LEADING.inner) + (rank + ")")
          : `not the bloc's leading unit (ranked ${ordinal(rank)})`;
      }
      return vi
        ? `${opening ? "Xếp" : "xếp"} hạng ${rank}, danh hiệu này cần hạng ${bestRank} trở lên`
        : `ranked ${ordinal(rank)}, the award needs ${ordinal(bestRank)} or better`;
    }
    case UNMET.grade: {
      const has = gradeName(unit.grade);
      const needs = gradeName(award.minGrade ?? unit.grade);
      return vi
        ? `${opening ? "Xếp" : "xếp"} loại ${has.vi}, cần ${needs.vi}`
        : `graded "${has.en}", needs "${needs.en}"`;
    }
    case UNMET.score: {
      const total = formatNumber(unit.total, language);
      const minimum = formatNumber(award.minScore ?? 0, language);
      return vi
        ? `${opening ? "Tổng" : "tổng"} điểm ${total} dưới mức tối thiểu ${minimum}`
        : `total of ${total} below the minimum of ${minimum}`;
    }
    case UNMET.noBallot:
      return vi
        ? `${opening ? "Chưa" : "chưa"} có kết quả bỏ phiếu cho danh hiệu này`
        : "no ballot recorded for this award";
    case UNMET.noQuorum:
      return vi
        ? `${opening ? "Cuộc" : "cuộc"} bỏ phiếu không đủ số thành viên dự họp theo quy định`
        : "the ballot did not have the required quorum";
    case UNMET.votes:
      return facts.votes;
  }
}
