import { localized, type Localized } from "../../localized";
import type { CriterionInput } from "../../model";
import { numberText } from "./numberText";

export type ScoreKind = "self" | "bloc";

const KIND: Readonly<Record<ScoreKind, Localized>> = {
  self: { vi: "tự chấm", en: "self score" },
  bloc: { vi: "khối chấm", en: "bloc score" },
};

/** "tiêu chí 1.2" / "criterion 1.2", or the title when the criterion has no number. */
export function criterionLabel(criterion: CriterionInput): Localized {
  const code = criterion.code.trim();
  return code === ""
    ? localized(`tiêu chí "${criterion.title}"`, `criterion "${criterion.title}"`)
    : localized(`tiêu chí ${code}`, `criterion ${code}`);
}

export function aboveMaximumMessage(
  unitName: string,
  criterion: Localized,
  kind: ScoreKind,
  value: number,
  maximum: number,
  clamped: boolean
): Localized {
  const given = numberText(value);
  const max = numberText(maximum);
  return localized(
    `Đơn vị ${unitName}: ${criterion.vi} được ${given.vi} điểm (${KIND[kind].vi}), vượt điểm chuẩn ${max.vi}.` +
      (clamped ? ` Tính là ${max.vi} điểm.` : ""),
    `${unitName}: ${criterion.en} scored ${given.en} (${KIND[kind].en}), above its maximum of ${max.en}.` +
      (clamped ? ` Counted as ${max.en}.` : "")
  );
}

export function negativeScoreMessage(
  unitName: string,
  criterion: Localized,
  kind: ScoreKind,
  value: number
): Localized {
  const given = numberText(value);
  return localized(
    `Đơn vị ${unitName}: ${criterion.vi} được ${given.vi} điểm (${KIND[kind].vi}); điểm không được âm, tính là 0.`,
    `${unitName}: ${criterion.en} scored ${given.en} (${KIND[kind].en}); a score cannot be negative, counted as 0.`
  );
}

export function notNumberMessage(
  unitName: string,
  criterion: Localized,
  kind: ScoreKind
): Localized {
  return localized(
    `Đơn vị ${unitName}: ${criterion.vi} có điểm ${KIND[kind].vi} không phải là số.`,
    `${unitName}: the ${KIND[kind].en} for ${criterion.en} is not a number.`
  );
}

export function extraNotNumberMessage(
  unitName: string,
  which: "bonus" | "deduction",
  kind: ScoreKind
): Localized {
  const what =
    which === "bonus"
      ? localized("điểm thưởng", "the bonus")
      : localized("điểm trừ", "the deduction");
  return localized(
    `Đơn vị ${unitName}: ${what.vi} (${KIND[kind].vi}) không phải là số; không tính.`,
    `${unitName}: ${what.en} (${KIND[kind].en}) is not a number; not counted.`
  );
}

export function actualProblemMessage(
  unitName: string,
  criterion: Localized,
  reason: Localized
): Localized {
  return localized(
    `Đơn vị ${unitName}: ${criterion.vi}: ${reason.vi}`,
    `${unitName}: ${criterion.en}: ${reason.en}`
  );
}

export function missingScoreMessage(
  unitName: string,
  criterion: Localized,
  counting: "bloc" | "self" | "average",
  quantitative: boolean
): Localized {
  const scoreVi =
    counting === "average" ? "điểm tự chấm hay khối chấm" : `điểm ${KIND[counting].vi}`;
  const scoreEn =
    counting === "average" ? "neither a self nor a bloc score" : `no ${KIND[counting].en}`;
  return localized(
    `Đơn vị ${unitName}: ${criterion.vi} chưa có ${scoreVi}${quantitative ? " hay kết quả thực hiện" : ""}.`,
    `${unitName}: ${criterion.en} has ${scoreEn}${quantitative ? " and no actual value" : ""}.`
  );
}

export function notScoredMessage(unitName: string): Localized {
  return localized(
    `Đơn vị ${unitName} chưa được chấm điểm (không có trong bảng chấm điểm).`,
    `${unitName} has not been scored (it is not in the scoring table).`
  );
}

export function negativeBonusMessage(unitName: string, kind: ScoreKind, value: number): Localized {
  const given = numberText(value);
  return localized(
    `Đơn vị ${unitName}: điểm thưởng (${KIND[kind].vi}) là ${given.vi}, không được âm; không tính.`,
    `${unitName}: the bonus (${KIND[kind].en}) is ${given.en}, which cannot be negative; not counted.`
  );
}

export function negativeDeductionMessage(
  unitName: string,
  kind: ScoreKind,
  value: number
): Localized {
  const given = numberText(value);
  const counted = numberText(-value);
  return localized(
    `Đơn vị ${unitName}: điểm trừ (${KIND[kind].vi}) ghi là ${given.vi}; tính là trừ ${counted.vi} điểm.`,
    `${unitName}: the deduction (${KIND[kind].en}) is written as ${given.en}; counted as ${counted.en} deducted.`
  );
}

export function noMaximumMessage(criterion: CriterionInput, label: Localized): Localized {
  return localized(
    `${capitalise(label.vi)} (${criterion.title}) chưa có điểm chuẩn hợp lệ.`,
    `${capitalise(label.en)} (${criterion.title}) has no valid maximum points.`
  );
}

export function noTargetMessage(
  criterion: CriterionInput,
  label: Localized,
  target: number
): Localized {
  const given = numberText(target);
  return localized(
    `${capitalise(label.vi)} (${criterion.title}) là chỉ tiêu định lượng nhưng chỉ tiêu phải là số dương, nhận được ${given.vi}.`,
    `${capitalise(label.en)} (${criterion.title}) is a quantitative target, but its target must be a positive number, got ${given.en}.`
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);
}
