import { localized, type Localized } from "../../localized";
import type { AwardRule } from "../../profile/types";
import type { UnitResult } from "../../result";
import { findBallot, type NominationContext } from "./context";
import { formatNumber, formatShare, listNames, ordinal } from "./format";

/** "Hạng 1/6, 985,5 điểm, 6/6 phiếu (100%)" / "1st of 6, 985.5 points, 6/6 votes (100%)". */
export function proposedText(
  unit: UnitResult,
  award: AwardRule,
  context: NominationContext
): Localized {
  const count = context.unitCount;
  const vi = [
    `${unit.tied ? "Đồng hạng" : "Hạng"} ${unit.rank}/${count}`,
    `${formatNumber(unit.total, "vi")} điểm`,
  ];
  const en = [
    `${unit.tied ? "tied " : ""}${ordinal(unit.rank)} of ${count}`,
    `${formatNumber(unit.total, "en")} points`,
  ];
  const ballot = findBallot(context, unit.unitId, award.id);
  if (ballot) {
    vi.push(
      `${formatNumber(ballot.votes, "vi")}/${formatNumber(ballot.base, "vi")} phiếu (${formatShare(ballot.share, "vi")})`
    );
    en.push(
      `${formatNumber(ballot.votes, "en")}/${formatNumber(ballot.base, "en")} votes (${formatShare(ballot.share, "en")})`
    );
  }
  return localized(vi.join(", "), en.join(", "));
}

/** "Đã đủ chỉ tiêu 1 đơn vị" / "quota of 1 reached" (a percentage quota shows both). */
export function quotaReachedText(award: AwardRule, places: number): Localized {
  const units = (language: "vi" | "en") =>
    language === "vi" ? `${places} đơn vị` : `${places} unit${places === 1 ? "" : "s"}`;
  const quota = award.quota;
  if (quota.kind === "percent") {
    const percent = (language: "vi" | "en") => `${formatNumber(quota.percent, language)}%`;
    return localized(
      `Đã đủ chỉ tiêu ${percent("vi")} (${units("vi")})`,
      `quota of ${percent("en")} (${units("en")}) reached`
    );
  }
  return localized(`Đã đủ chỉ tiêu ${places} đơn vị`, `quota of ${places} reached`);
}

/** For a unit below a tied group that holds the last places. */
export function placesHeldText(rank: number): Localized {
  return localized(
    `Các suất còn lại chờ chủ trì hội nghị quyết định giữa các đơn vị đồng hạng ${rank}`,
    `the remaining places await the chair's decision between the units tied for rank ${rank}`
  );
}

/** For each unit of a tied group that does not fit in the places left. */
export function tiedAtQuotaText(
  unit: UnitResult,
  others: readonly UnitResult[],
  free: number
): Localized {
  const names = others.map((other) => other.name);
  return localized(
    `Đồng hạng ${unit.rank} với ${listNames(names, "vi")} khi chỉ còn ${free} suất: chủ trì hội nghị quyết định`,
    `tied for rank ${unit.rank} with ${listNames(names, "en")} for ${free} remaining place${free === 1 ? "" : "s"}: the chair decides`
  );
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
