import { DeferredText } from "../deferredText";
import type { Language } from "../localized";
import type { Problem } from "../problem";
import type { AwardReason, Nomination } from "../result";
import { OUTCOME_NAMES, type AwardDecisions } from "./awardDecisions";
import { decideAwards, type NominateArgs } from "./decideAwards";
import { reasonWriter, sameReasonAsAbove, type ReasonWriter } from "./reasonWords";

/**
 * `decideAwards`, as one nomination per unit, in the order of `units`, with the reason for each
 * award it was considered for (its words written when first read).
 */
export function nominate(args: NominateArgs): { nominations: Nomination[]; problems: Problem[] } {
  const decisions = decideAwards(args);
  return { nominations: nominationsOf(decisions), problems: [...decisions.problems] };
}

/** The decisions as one `Nomination` per unit, in the order of their units. */
export function nominationsOf(decisions: AwardDecisions): Nomination[] {
  const { awards } = decisions.profile;
  const writers = new Writers(decisions);
  return decisions.units.map((unit, unitIndex) => {
    const reasons: AwardReason[] = [];
    for (let awardIndex = 0; awardIndex < awards.length; awardIndex++) {
      const outcome = OUTCOME_NAMES[decisions.outcomes[awardIndex]![unitIndex]!];
      if (outcome === undefined) continue;
      // The same words as the award above are the same text, written once.
      const message = sameReasonAsAbove(decisions, awardIndex, unitIndex)
        ? reasons[reasons.length - 1]!.message
        : new ReasonText(writers, awardIndex, unitIndex);
      reasons.push({ awardId: awards[awardIndex]!.id, outcome, message });
    }
    const decided = decisions.decided[unitIndex]!;
    return { unitId: unit.unitId, awardId: decided >= 0 ? awards[decided]!.id : null, reasons };
  });
}

/** One `reasonWriter` per language, made when a text in it is first read. */
class Writers {
  private readonly writers: Partial<Record<Language, ReasonWriter>> = {};

  constructor(private readonly decisions: AwardDecisions) {}

  of(language: Language): ReasonWriter {
    return (this.writers[language] ??= reasonWriter(this.decisions, language));
  }
}

/** The reason of one unit and award, written when read. */
class ReasonText extends DeferredText {
  constructor(
    private readonly writers: Writers,
    private readonly awardIndex: number,
    private readonly unitIndex: number
  ) {
    super();
  }

  protected override write(language: Language): string {
    return this.writers.of(language)(this.awardIndex, this.unitIndex);
  }
}
