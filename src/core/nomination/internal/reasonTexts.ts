import { localized, type Language, type Localized } from "../../localized";
import type { AwardRule } from "../../profile/types";
import type { UnitResult } from "../../result";
import { listNames } from "../../text/listNames";
import { formatNumber, ordinal } from "./format";

/**
 * "Hạng 1/6, 985,5 điểm, 6/6 phiếu (100%)" / "1st of 6, 985.5 points, 6/6 votes (100%)": the
 * unit's standing among `count` units, and its ballot (`BallotPhrases.counted`) when one was
 * recorded.
 */
export function proposedWords(
  unit: UnitResult,
  ballot: string | undefined,
  count: number,
  language: Language
): string {
  const total = formatNumber(unit.total, language);
  // In Vietnamese, grouped into short pieces, each of which V8 copies into one string: fewer
  // pieces per text, and an award without a quota is proposed to thousands of units.
  const standing =
    language === "vi"
      ? (unit.tied ? "Đồng hạng " : "Hạng ") + (unit.rank + "/" + count) + (", " + total + " điểm")
      : `${unit.tied ? "tied " : ""}${ordinal(unit.rank)} of ${count}, ${total} points`;
  return ballot === undefined ? standing : standing + ", " + ballot;
}

/** "Đã đủ chỉ tiêu 1 đơn vị" / "quota of 1 reached" (a percentage quota shows both). */
export function quotaReachedWords(award: AwardRule, places: number, language: Language): string {
  const vi = language === "vi";
  const quota = award.quota;
  if (quota.kind === "percent") {
    const percent = `${formatNumber(quota.percent, language)}%`;
    return vi
      ? `Đã đủ chỉ tiêu ${percent} (${places} đơn vị)`
      : `quota of ${percent} (${places} unit${places === 1 ? "" : "s"}) reached`;
  }
  return vi ? `Đã đủ chỉ tiêu ${places} đơn vị` : `quota of ${places} reached`;
}

/** For a unit below a tied group that holds the last places. */
export function placesHeldWords(rank: number, language: Language): string {
  return language === "vi"
    ? `Các suất còn lại chờ chủ trì hội nghị quyết định giữa các đơn vị đồng hạng ${rank}`
    : `the remaining places await the chair's decision between the units tied for rank ${rank}`;
}

/** For each unit of a tied group that does not fit in the places left. */
export function tiedAtQuotaWords(
  unit: UnitResult,
  others: readonly UnitResult[],
  free: number,
  language: Language
): string {
  const names = listNames(
    others.map((other) => other.name),
    language
  );
  return language === "vi"
    ? `Đồng hạng ${unit.rank} với ${names} khi chỉ còn ${free} suất: chủ trì hội nghị quyết định`
    : `tied for rank ${unit.rank} with ${names} for ${free} remaining place${free === 1 ? "" : "s"}: the chair decides`;
}

/** The `quota.tie` warning for a tied group at the quota's edge. */
export function quotaTieText(
  award: AwardRule,
  group: readonly UnitResult[],
  free: number
): Localized {
  const names = group.map((unit) => unit.name);
  const rank = group[0]?.rank ?? 0;
  return localized(
    `${award.name.vi}: còn ${free} suất cho ${group.length} đơn vị đồng hạng ${rank} (${names.join(", ")}). ` +
      "Không đơn vị nào được đề nghị tự động; chủ trì hội nghị quyết định.",
    `${award.name.en}: ${free} place${free === 1 ? "" : "s"} left for ${group.length} units tied for rank ${rank} ` +
      `(${names.join(", ")}). None is proposed automatically; the chair decides.`
  );
}
