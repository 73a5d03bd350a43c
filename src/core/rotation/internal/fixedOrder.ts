import { localized, type Localized } from "../../localized";
import type { UnitInput } from "../../model";
import {
  BLOCKED_TEXT,
  historyLine,
  historyOf,
  isExcluded,
  reportNoCandidate,
  reportNoDeputy,
  type Draft,
  type RotationArgs,
} from "./rotationContext";
import { joinReasons } from "../../text/joinReasons";
import { walkAfter, type RotationOrder } from "./rotationOrder";

export interface FixedOrderOptions {
  readonly chooseDeputy: boolean;
  /** False when another mode falls back to this one and has already stated its rule and history. */
  readonly stateRule: boolean;
}

/**
 * The unit after this year's leader in rotation order leads (wrapping round, skipping blocked
 * units); with no leader recorded for this year, the first in order. The deputy is the one after
 * the new leader.
 */
export function fixedOrder(
  args: RotationArgs,
  draft: Draft,
  order: RotationOrder,
  options: FixedOrderOptions
): void {
  const { year } = args;
  const next = year + 1;
  if (options.stateRule) {
    draft.reasons.push(
      localized(
        "Quy tắc: luân phiên theo thứ tự cố định; Khối trưởng năm sau là đơn vị kế tiếp Khối trưởng năm nay",
        "Rule: fixed rotation order; next year's leader is the unit after this year's leader"
      )
    );
    draft.reasons.push(historyLine(args, year));
  }
  const current = historyOf(args, year);
  const currentInOrder =
    current !== undefined && order.ordered.some((unit) => unit.id === current.leaderUnitId);
  if (!current) {
    draft.reasons.push(
      localized(
        `Không có Khối trưởng năm ${year} trong lịch sử: bắt đầu từ đơn vị đầu tiên theo thứ tự luân phiên`,
        `No leader recorded for ${year}: starting from the first unit in rotation order`
      )
    );
  } else if (!currentInOrder) {
    draft.reasons.push(
      localized(
        `Khối trưởng năm ${year} không có thứ tự luân phiên: bắt đầu từ đơn vị đầu tiên theo thứ tự luân phiên`,
        `The ${year} leader has no rotation order: starting from the first unit in rotation order`
      )
    );
  }
  const sequence = walkAfter(order.ordered, currentInOrder ? current.leaderUnitId : null);
  const leader = sequence.find((unit) => !isExcluded(args, unit.id));
  if (!leader) {
    reportNoCandidate(args, draft);
    orderAlternatives(args, draft, sequence, order);
    return;
  }
  const skipped = sequence.slice(0, sequence.indexOf(leader));
  for (const unit of skipped) {
    draft.reasons.push(
      localized(
        `Bỏ qua ${unit.name}: thuộc diện không được đề nghị`,
        `Skipped ${unit.name}: blocked`
      )
    );
  }
  draft.leaderUnitId = leader.id;
  draft.reasons.push(
    localized(
      `Đề xuất ${leader.name} (thứ tự luân phiên ${leader.rotationOrder}) làm Khối trưởng năm ${next}`,
      `Proposed: ${leader.name} (rotation position ${leader.rotationOrder}) as bloc leader for ${next}`
    )
  );
  if (options.chooseDeputy) chooseNextDeputy(args, draft, order, leader);
  orderAlternatives(args, draft, [...skipped, ...walkAfter(order.ordered, leader.id)], order);
}

/** The unit after the leader in rotation order (skipping blocked ones) becomes deputy. */
export function chooseNextDeputy(
  args: RotationArgs,
  draft: Draft,
  order: RotationOrder,
  leader: UnitInput
): void {
  const deputy = walkAfter(order.ordered, leader.id).find((unit) => !isExcluded(args, unit.id));
  if (!deputy) {
    reportNoDeputy(args, draft);
    return;
  }
  draft.deputyUnitId = deputy.id;
  draft.reasons.push(
    localized(
      `Đề xuất ${deputy.name} (thứ tự luân phiên ${deputy.rotationOrder}, kế tiếp Khối trưởng) làm Khối phó năm ${args.year + 1}`,
      `Proposed: ${deputy.name} (rotation position ${deputy.rotationOrder}, after the leader) as deputy for ${args.year + 1}`
    )
  );
}

/**
 * The other units, in the order given, then the units without a rotation order, each with why it
 * does not lead: blocked, proposed as deputy, led this year, or later in rotation order.
 */
export function orderAlternatives(
  args: RotationArgs,
  draft: Draft,
  sequence: readonly UnitInput[],
  order: RotationOrder
): void {
  if (args.listAlternatives === false) return;
  const outgoing = historyOf(args, args.year)?.leaderUnitId;
  const listed = new Set<string>();
  for (const unit of [...sequence, ...order.ordered]) {
    if (unit.id === draft.leaderUnitId || listed.has(unit.id)) continue;
    listed.add(unit.id);
    const reasons: Localized[] = [];
    if (isExcluded(args, unit.id)) reasons.push(BLOCKED_TEXT);
    if (unit.id === draft.deputyUnitId)
      reasons.push(localized("được đề xuất làm Khối phó", "proposed as deputy"));
    if (unit.id === outgoing)
      reasons.push(localized(`là Khối trưởng năm ${args.year}`, `led in ${args.year}`));
    if (reasons.length === 0) {
      reasons.push(
        localized(
          `đứng sau trong thứ tự luân phiên (thứ tự ${unit.rotationOrder})`,
          `later in rotation order (position ${unit.rotationOrder})`
        )
      );
    }
    draft.alternatives.push({ unitId: unit.id, reason: joinReasons(reasons) });
  }
  for (const unit of order.unordered) {
    if (unit.id === draft.leaderUnitId || listed.has(unit.id)) continue;
    listed.add(unit.id);
    draft.alternatives.push({
      unitId: unit.id,
      reason: localized("Chưa có thứ tự luân phiên", "no rotation order"),
    });
  }
}
