import { localized, type Localized } from "../../core/localized";
import type { BallotRules } from "../../core/profile/types";
import { formatPercent } from "./formatNumber";

/** What a ballot needs: "trên 50% số thành viên có mặt" / "more than 50% of members present". */
export function ballotRuleText(threshold: number, rules: BallotRules): Localized {
  const base =
    rules.base === "present"
      ? localized("số thành viên có mặt", "of members present")
      : localized("tổng số thành viên", "of all members");
  const vi = formatPercent(threshold, "vi");
  const en = formatPercent(threshold, "en");
  return rules.strictlyAbove
    ? localized(`trên ${vi} ${base.vi}`, `more than ${en} ${base.en}`)
    : localized(`từ ${vi} ${base.vi} trở lên`, `at least ${en} ${base.en}`);
}

/** The quorum: "có mặt ít nhất 66,7% tổng số thành viên" / "at least 66.7% of all members present"; null for none. */
export function quorumText(rules: BallotRules): Localized | null {
  if (!(rules.quorum > 0)) return null;
  return localized(
    `có mặt ít nhất ${formatPercent(rules.quorum, "vi")} tổng số thành viên`,
    `at least ${formatPercent(rules.quorum, "en")} of all members present`
  );
}
