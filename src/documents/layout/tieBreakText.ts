import { localized, type Localized } from "../../core/localized";
import type { RuleProfile, TieBreakKey } from "../../core/profile/types";
import { formatPercent } from "./formatNumber";

/** One tie-break key in words: "nhiều điểm thưởng hơn" / "more bonus points". */
export function tieBreakText(key: TieBreakKey, profile: RuleProfile): Localized {
  switch (key.kind) {
    case "groupScore":
      return localized(
        `điểm nhóm nội dung ${key.group} cao hơn`,
        `higher score in content group ${key.group}`
      );
    case "moreBonus":
      return localized("nhiều điểm thưởng hơn", "more bonus points");
    case "fewerDeductions":
      return localized("ít điểm trừ hơn", "fewer deductions");
    case "womenShare":
      return localized(
        `tỷ lệ nữ từ ${formatPercent(key.atLeast, "vi")} trở lên`,
        `at least ${formatPercent(key.atLeast, "en")} women`
      );
    case "moreVotes": {
      const award =
        profile.awards.find((rule) => rule.id === key.awardId) ??
        (key.awardId === undefined ? profile.awards[0] : undefined);
      const name = award?.name ?? localized(key.awardId ?? "", key.awardId ?? "");
      return name.vi === ""
        ? localized("nhiều phiếu bầu hơn", "more votes")
        : localized(`nhiều phiếu bầu ${name.vi} hơn`, `more votes for the ${name.en}`);
    }
  }
}
