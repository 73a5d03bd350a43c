import { localized, type Localized } from "../localized";
import type { ConditionInput } from "../model";
import type { BlockingRules } from "../profile/types";

/**
 * Why a unit may not be proposed for any award (Decree 152/2025 Art. 4(4)) nor, when the profile
 * says so, lead the bloc: discipline at or above the profile's level, an investigation or
 * inspection, a pending complaint. Empty when the unit is not blocked or has no conditions row.
 * Each reason starts in lower case, to be joined into a sentence.
 */
export function blockingReasons(
  condition: ConditionInput | undefined,
  rules: BlockingRules
): Localized[] {
  if (!condition) return [];
  const reasons: Localized[] = [];
  const threshold = rules.disciplineAtLeast;
  if (threshold !== null && condition.disciplineLevel >= threshold) {
    reasons.push(
      localized(
        `đang bị xem xét kỷ luật hoặc bị kỷ luật mức ${condition.disciplineLevel} (từ mức ${threshold} không được đề nghị)`,
        `under discipline at level ${condition.disciplineLevel} (level ${threshold} or above excludes a proposal)`
      )
    );
  }
  if (rules.investigationBlocks && condition.underInvestigation) {
    reasons.push(
      localized("đang bị thanh tra, kiểm tra hoặc điều tra", "under inspection or investigation")
    );
  }
  if (rules.complaintBlocks && condition.pendingComplaint) {
    reasons.push(
      localized(
        "đang có khiếu nại, tố cáo chưa được giải quyết",
        "has a pending complaint or denunciation"
      )
    );
  }
  return reasons;
}

/**
 * The ids of the units that some conditions row blocks. A unit may have several rows (a
 * discipline row and a complaint row, say): any one of them blocks it, for the leadership as for
 * the awards, whatever order they come in.
 */
export function blockedUnitIds(
  conditions: readonly ConditionInput[],
  rules: BlockingRules
): Set<string> {
  const blocked = new Set<string>();
  for (const row of conditions) {
    if (!blocked.has(row.unitId) && blockingReasons(row, rules).length > 0) blocked.add(row.unitId);
  }
  return blocked;
}
