import type { Language, Localized } from "../localized";
import { OUTCOME, type AwardDecisions } from "./awardDecisions";
import {
  placesHeldWords,
  proposedWords,
  quotaReachedWords,
  tiedAtQuotaWords,
} from "./internal/reasonTexts";
import { unmetSentence } from "./internal/unmetWords";

const NONE: readonly Localized[] = [];

/**
 * Why the unit at `unitIndex` got, or did not get, the award at `awardIndex`, in `language`:
 * "Hạng 1/6, 985,5 điểm, 6/6 phiếu (100%)", "Đã đủ chỉ tiêu 1 đơn vị", "Không phải đơn vị dẫn
 * đầu khối (xếp hạng 3); 4/6 phiếu (66,7%) dưới ngưỡng 80%"… Empty when the unit was no longer
 * considered for that award (`OUTCOME.none`).
 */
export function reasonWords(
  decisions: AwardDecisions,
  awardIndex: number,
  unitIndex: number,
  language: Language
): string {
  const unit = decisions.units[unitIndex]!;
  const award = decisions.profile.awards[awardIndex]!;
  const ballot = decisions.ballots[awardIndex]![unitIndex];
  switch (decisions.outcomes[awardIndex]![unitIndex]) {
    case OUTCOME.proposed:
      return proposedWords(unit, ballot, decisions.units.length, language);
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
        .map((index) => decisions.units[index]!);
      return tiedAtQuotaWords(unit, others, tie.free, language);
    }
    case OUTCOME.notEligible:
      return unmetSentence(
        decisions.unmet[awardIndex]![unitIndex]!,
        {
          unit,
          award,
          ballot,
          strictlyAbove: decisions.profile.ballot.strictlyAbove,
          blocking: decisions.blocking.get(unitIndex) ?? NONE,
          history: decisions.history[awardIndex]!.get(unitIndex) ?? NONE,
        },
        language
      );
    default:
      return "";
  }
}
