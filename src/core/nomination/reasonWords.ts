import type { Language, Localized } from "../localized";
import { OUTCOME, UNMET, type AwardDecisions } from "./awardDecisions";
import { BallotPhrases } from "./internal/ballotPhrases";
import {
  placesHeldWords,
  proposedWords,
  quotaReachedWords,
  tiedAtQuotaWords,
} from "./internal/reasonTexts";
import { unmetSentence, type UnmetFacts } from "./internal/unmetWords";

const NONE: readonly Localized[] = [];

/** Writes the reason of a unit (by index) for an award (by index) of one set of decisions. */
export type ReasonWriter = (awardIndex: number, unitIndex: number) => string;

/**
 * Why the unit at `unitIndex` got, or did not get, the award at `awardIndex`, in `language`:
 * "Hạng 1/6, 985,5 điểm, 6/6 phiếu (100%)", "Đã đủ chỉ tiêu 1 đơn vị", "Không phải đơn vị dẫn
 * đầu khối (xếp hạng 3); 4/6 phiếu (66,7%) dưới ngưỡng 80%"… Empty when the unit was no longer
 * considered for that award (`OUTCOME.none`). To write many, `reasonWriter` is quicker.
 */
export function reasonWords(
  decisions: AwardDecisions,
  awardIndex: number,
  unitIndex: number,
  language: Language
): string {
  return reasonWriter(decisions, language)(awardIndex, unitIndex);
}

/**
 * `reasonWords` for any unit and award of `decisions`, in `language`. The words of a count of
 * votes, which thousands of units share, are written once and kept by the writer.
 */
export function reasonWriter(decisions: AwardDecisions, language: Language): ReasonWriter {
  const { units, profile } = decisions;
  const ballots = new BallotPhrases(profile, language);
  return (awardIndex, unitIndex) => {
    const unit = units[unitIndex]!;
    const award = profile.awards[awardIndex]!;
    const ballot = decisions.ballots[awardIndex]![unitIndex];
    switch (decisions.outcomes[awardIndex]![unitIndex]) {
      case OUTCOME.proposed:
        return proposedWords(
          unit,
          ballot === undefined ? undefined : ballots.counted(ballot),
          units.length,
          language
        );
      case OUTCOME.quotaReached: {
        const tie = decisions.quotaTies[awardIndex];
        return tie
          ? placesHeldWords(tie.rank, language)
          : quotaReachedWords(award, decisions.places[awardIndex]!, language);
      }
      case OUTCOME.tiedAtQuota: {
        const tie = decisions.quotaTies[awardIndex]!;
        const others = tie.members
          .filter((index) => index !== unitIndex)
          .map((index) => units[index]!);
        return tiedAtQuotaWords(unit, others, tie.free, language);
      }
      case OUTCOME.notEligible: {
        const unmet = decisions.unmet[awardIndex]![unitIndex]!;
        const facts: UnmetFacts = {
          unit,
          award,
          // A ballot short of the threshold is the only one told (see `unmetConditions`).
          votes: unmet & UNMET.votes ? ballots.belowThreshold(ballot!, awardIndex) : "",
          blocking: unmet & UNMET.blocked ? decisions.blocking.get(unitIndex)! : NONE,
          history: unmet & UNMET.history ? decisions.history[awardIndex]!.get(unitIndex)! : NONE,
        };
        return unmetSentence(unmet, facts, language);
      }
      default:
        return "";
    }
  };
}

/**
 * True when the unit's reason for the award at `awardIndex` reads as its reason for the award
 * above: not eligible for either, for the same conditions with the same facts (both flags, for
 * instance, need the bloc's leading unit, and a list of thousands misses both for that one
 * reason). A reader can then take the words it has rather than write them again.
 */
export function sameReasonAsAbove(
  decisions: AwardDecisions,
  awardIndex: number,
  unitIndex: number
): boolean {
  if (awardIndex === 0) return false;
  const above = awardIndex - 1;
  const { outcomes, unmet } = decisions;
  if (
    outcomes[awardIndex]![unitIndex] !== OUTCOME.notEligible ||
    outcomes[above]![unitIndex] !== OUTCOME.notEligible
  )
    return false;
  const bits = unmet[awardIndex]![unitIndex]!;
  if (bits !== unmet[above]![unitIndex]) return false;
  const award = decisions.profile.awards[awardIndex]!;
  const upper = decisions.profile.awards[above]!;
  if (bits & UNMET.rank && award.bestRank !== upper.bestRank) return false;
  if (bits & UNMET.grade && award.minGrade !== upper.minGrade) return false;
  if (bits & UNMET.score && award.minScore !== upper.minScore) return false;
  if (bits & UNMET.votes) {
    const ballot = decisions.ballots[awardIndex]![unitIndex];
    const upperBallot = decisions.ballots[above]![unitIndex];
    if (
      award.voteThreshold !== upper.voteThreshold ||
      ballot?.votes !== upperBallot?.votes ||
      ballot?.base !== upperBallot?.base ||
      ballot?.share !== upperBallot?.share
    )
      return false;
  }
  if (bits & UNMET.history) {
    const texts = decisions.history[awardIndex]!.get(unitIndex) ?? NONE;
    const upperTexts = decisions.history[above]!.get(unitIndex) ?? NONE;
    if (
      texts.length !== upperTexts.length ||
      texts.some(
        (text, index) => text.vi !== upperTexts[index]!.vi || text.en !== upperTexts[index]!.en
      )
    )
      return false;
  }
  return true;
}
