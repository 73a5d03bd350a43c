import { DeferredText } from "../../deferredText";
import type { Language, Localized } from "../../localized";
import { joinReasonWords } from "../../text/joinReasons";
import { formatNumber, formatShare, gradeName, ordinal } from "./format";
import type { UnmetCondition, UnmetConditions } from "./unmetConditions";

/**
 * Why a unit is not eligible for an award, in the words of `unmetSentence`, written when read.
 * `previous` (the unit's reason for the award above) is given back when its conditions are the
 * same, so the same words are one text: both flags, for instance, need the bloc's leading unit,
 * and a list of thousands misses both for that one reason.
 */
export function unmetText(conditions: UnmetConditions, previous?: Localized): Localized {
  if (previous instanceof UnmetText && sameConditions(previous.conditions, conditions))
    return previous;
  return new UnmetText(conditions);
}

/** One object per reason, its conditions kept as they are: a list has one for most units. */
class UnmetText extends DeferredText {
  constructor(readonly conditions: UnmetConditions) {
    super();
  }

  protected override write(language: Language): string {
    return unmetSentence(this.conditions, language);
  }
}

/**
 * The unmet conditions as one sentence: "Xếp hạng 3, …; chưa có kết quả bỏ phiếu …", as
 * `joinReasons` joins them. The first one is written with its capital letter rather than
 * capitalised afterwards, which would copy the text: a list writes one for every unit and award.
 */
export function unmetSentence(conditions: UnmetConditions, language: Language): string {
  if (!isList(conditions)) {
    return conditions.kind === "worded" && language === "vi"
      ? joinReasonWords([conditions.text.vi], language)
      : unmetWords(conditions, language, true);
  }
  const first = conditions[0];
  if (first === undefined || (first.kind === "worded" && language === "vi"))
    return joinReasonWords(
      conditions.map((condition) => unmetWords(condition, language)),
      language
    );
  let sentence = unmetWords(first, language, true);
  for (let index = 1; index < conditions.length; index++)
    sentence += "; " + unmetWords(conditions[index]!, language);
  return sentence;
}

/** "không phải đơn vị dẫn đầu khối (xếp hạng ", and with its capital letter. */
const NOT_LEADING = {
  inner: "không phải đơn vị dẫn đầu khối (xếp hạng ",
  opening: "Không phải đơn vị dẫn đầu khối (xếp hạng ",
};

/** True when both say the same conditions with the same facts, so in the same words. */
function sameConditions(a: UnmetConditions, b: UnmetConditions): boolean {
  if (!isList(a) || !isList(b)) return !isList(a) && !isList(b) && sameCondition(a, b);
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) {
    if (!sameCondition(a[index]!, b[index]!)) return false;
  }
  return true;
}

function sameCondition(a: UnmetCondition, b: UnmetCondition): boolean {
  switch (a.kind) {
    case "worded":
      return b.kind === "worded" && a.text.vi === b.text.vi && a.text.en === b.text.en;
    case "rank":
      return b.kind === "rank" && a.rank === b.rank && a.bestRank === b.bestRank;
    case "grade":
      return b.kind === "grade" && a.has === b.has && a.needs === b.needs;
    case "score":
      return b.kind === "score" && a.total === b.total && a.minScore === b.minScore;
    case "noBallot":
    case "noQuorum":
      return b.kind === a.kind;
    case "votes":
      return (
        b.kind === "votes" &&
        a.threshold === b.threshold &&
        a.strictlyAbove === b.strictlyAbove &&
        a.ballot.votes === b.ballot.votes &&
        a.ballot.base === b.ballot.base &&
        a.ballot.share === b.ballot.share
      );
  }
}

function isList(conditions: UnmetConditions): conditions is readonly UnmetCondition[] {
  return Array.isArray(conditions);
}

/**
 * One unmet condition in words, starting in lower case, or, with `opening`, in Vietnamese with
 * a capital letter (English fragments stay in lower case, as `joinReasons` leaves them).
 */
export function unmetWords(condition: UnmetCondition, language: Language, opening = false): string {
  const vi = language === "vi";
  switch (condition.kind) {
    case "worded":
      return condition.text[language];
    case "rank": {
      const { rank, bestRank } = condition;
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
    case "grade": {
      const has = gradeName(condition.has);
      const needs = gradeName(condition.needs);
      return vi
        ? `${opening ? "Xếp" : "xếp"} loại ${has.vi}, cần ${needs.vi}`
        : `graded "${has.en}", needs "${needs.en}"`;
    }
    case "score": {
      const total = formatNumber(condition.total, language);
      const minimum = formatNumber(condition.minScore, language);
      return vi
        ? `${opening ? "Tổng" : "tổng"} điểm ${total} dưới mức tối thiểu ${minimum}`
        : `total of ${total} below the minimum of ${minimum}`;
    }
    case "noBallot":
      return vi
        ? `${opening ? "Chưa" : "chưa"} có kết quả bỏ phiếu cho danh hiệu này`
        : "no ballot recorded for this award";
    case "noQuorum":
      return vi
        ? `${opening ? "Cuộc" : "cuộc"} bỏ phiếu không đủ số thành viên dự họp theo quy định`
        : "the ballot did not have the required quorum";
    case "votes": {
      const { ballot, threshold, strictlyAbove } = condition;
      const votes = `${formatNumber(ballot.votes, language)}/${formatNumber(ballot.base, language)}`;
      const share = formatShare(ballot.share, language);
      const needed = formatShare(threshold, language);
      // Grouped into short pieces, each of which V8 copies into one string: fewer pieces per
      // text, and a list writes one for many units and awards.
      if (strictlyAbove) {
        return vi
          ? votes + " phiếu" + (" (" + share + ")") + (" không vượt quá ngưỡng " + needed)
          : `${votes} votes (${share}) not above the ${needed} threshold`;
      }
      return vi
        ? votes + " phiếu" + (" (" + share + ")") + (" dưới ngưỡng " + needed)
        : `${votes} votes (${share}) below the ${needed} threshold`;
    }
  }
}
