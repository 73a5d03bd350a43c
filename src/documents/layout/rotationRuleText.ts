import { localized, type Localized } from "../../core/localized";
import type { RotationRules } from "../../core/profile/types";

/** The profile's rotation rule in words, for the review year `year` (the proposal is for the next). */
export function rotationRuleText(rules: RotationRules, year: number): Localized {
  const next = year + 1;
  let rule: Localized;
  if (rules.mode === "highestNotRecent") {
    const from = year - rules.lookbackYears + 1;
    const notRecent =
      rules.lookbackYears <= 0
        ? localized("", "")
        : rules.lookbackYears === 1
          ? localized(` chưa làm Khối trưởng năm ${year}`, ` that did not lead in ${year}`)
          : localized(
              ` chưa làm Khối trưởng trong ${rules.lookbackYears} năm gần nhất (${from}–${year})`,
              ` that did not lead in the last ${rules.lookbackYears} years (${from}–${year})`
            );
    rule = localized(
      `Đơn vị xếp hạng cao nhất${notRecent.vi} làm Khối trưởng năm ${next}` +
        (rules.chooseDeputy ? "; đơn vị xếp hạng kế tiếp làm Khối phó" : ""),
      `The highest-ranked unit${notRecent.en} leads in ${next}` +
        (rules.chooseDeputy ? "; the next-ranked one is deputy" : "")
    );
  } else if (rules.mode === "fixedOrder") {
    rule = localized(
      `Luân phiên theo thứ tự cố định: đơn vị kế tiếp Khối trưởng năm ${year} làm Khối trưởng năm ${next}` +
        (rules.chooseDeputy ? "; đơn vị kế tiếp nữa làm Khối phó" : ""),
      `Fixed rotation order: the unit after the ${year} leader leads in ${next}` +
        (rules.chooseDeputy ? "; the one after it is deputy" : "")
    );
  } else {
    rule = localized(
      `Khối phó năm ${year} làm Khối trưởng năm ${next}; đơn vị kế tiếp theo thứ tự luân phiên làm Khối phó`,
      `The ${year} deputy leads in ${next}; the next unit in rotation order becomes deputy`
    );
  }
  if (!rules.excludeBlocked) return localized(`${rule.vi}.`, `${rule.en}.`);
  return localized(
    `${rule.vi}. Đơn vị đang bị xem xét kỷ luật, thanh tra, điều tra hoặc có khiếu nại không được đề xuất.`,
    `${rule.en}. A unit under discipline review, inspection, investigation or with a pending complaint is not proposed.`
  );
}
