import { localized, type Localized } from "../../localized";
import { chooseNextDeputy, fixedOrder, orderAlternatives } from "./fixedOrder";
import type { UnitInput } from "../../model";
import {
  historyLine,
  historyOf,
  isExcluded,
  type Draft,
  type RotationArgs,
} from "./rotationContext";
import { walkAfter, type RotationOrder } from "./rotationOrder";

/**
 * This year's deputy leads next year and the unit after it in rotation order becomes deputy.
 * With no usable deputy (none recorded, not a member, or blocked) it falls back to the fixed order.
 * A deputy is always proposed: the mode needs one for the following year.
 */
export function deputySucceeds(args: RotationArgs, draft: Draft, order: RotationOrder): void {
  const { year } = args;
  draft.reasons.push(
    localized(
      "Quy tắc: Khối phó năm nay làm Khối trưởng năm sau; đơn vị kế tiếp theo thứ tự luân phiên làm Khối phó",
      "Rule: this year's deputy leads next year; the next unit in rotation order becomes deputy"
    )
  );
  draft.reasons.push(historyLine(args, year));

  const successor = recordedDeputy(args);
  if (!successor.ok) {
    const why = successor.why;
    draft.reasons.push(
      localized(
        `${why.vi}: áp dụng luân phiên theo thứ tự cố định`,
        `${why.en}: falling back to the fixed rotation order`
      )
    );
    fixedOrder(args, draft, order, { chooseDeputy: true, stateRule: false });
    return;
  }

  const leader = successor.unit;
  draft.leaderUnitId = leader.id;
  draft.reasons.push(
    localized(
      `Đề xuất ${leader.name} (Khối phó năm ${year}) làm Khối trưởng năm ${year + 1}`,
      `Proposed: ${leader.name} (deputy in ${year}) as bloc leader for ${year + 1}`
    )
  );
  if (!order.ordered.some((unit) => unit.id === leader.id)) {
    draft.reasons.push(
      localized(
        `${leader.name} chưa có thứ tự luân phiên: Khối phó là đơn vị đầu tiên theo thứ tự luân phiên`,
        `${leader.name} has no rotation order: the deputy is the first unit in rotation order`
      )
    );
  }
  chooseNextDeputy(args, draft, order, leader);
  orderAlternatives(args, draft, walkAfter(order.ordered, leader.id), order);
}

/** This year's recorded deputy when it can lead next year, else why not. */
function recordedDeputy(
  args: RotationArgs
): { ok: true; unit: UnitInput } | { ok: false; why: Localized } {
  const { year } = args;
  const deputyId = historyOf(args, year)?.deputyUnitId;
  if (deputyId === undefined) {
    return {
      ok: false,
      why: localized(
        `Không có Khối phó năm ${year} trong lịch sử`,
        `No deputy recorded for ${year}`
      ),
    };
  }
  const unit = args.unitInputs.find((member) => member.id === deputyId);
  if (!unit) {
    const why = localized(
      `Khối phó năm ${year} (${deputyId}) không có trong danh sách đơn vị của khối`,
      `The ${year} deputy (${deputyId}) is not a member of the bloc`
    );
    return { ok: false, why };
  }
  if (isExcluded(args, deputyId)) {
    const why = localized(
      `Khối phó năm ${year} (${unit.name}) thuộc diện không được đề nghị`,
      `The ${year} deputy (${unit.name}) is blocked`
    );
    return { ok: false, why };
  }
  return { ok: true, unit };
}
