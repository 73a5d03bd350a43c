import { localized, type Localized } from "../../localized";
import type { BlocInput, CriterionInput, QuantitativeTarget } from "../../model";
import { problem, type Problem } from "../../problem";
import type { GradeThresholds, PointsMethod, RuleProfile, ScoringRules } from "../../profile/types";
import { numberText } from "./numberText";
import { criterionLabel, noMaximumMessage, noTargetMessage } from "./scoreMessages";

/** A criterion with its checks done once for every unit. */
export interface PreparedCriterion {
  readonly criterion: CriterionInput;
  readonly label: Localized;
  /** The maximum points, or null when the criterion has none that is valid. */
  readonly maximum: number | null;
  readonly quantitative: boolean;
  /** The target, when the criterion is quantitative and its target is a positive number. */
  readonly target: QuantitativeTarget | null;
  /** The position of the criterion's group in `ScoringContext.groups`. */
  readonly groupIndex: number;
}

/** What every unit is scored with: the criteria and the profile's rules, checked. */
export interface ScoringContext {
  readonly criteria: readonly PreparedCriterion[];
  readonly groups: readonly string[];
  readonly counting: ScoringRules["countingScore"];
  readonly aboveMaximum: ScoringRules["aboveMaximum"];
  /** The points method and completion cap, or null when the profile's are not usable. */
  readonly points: { readonly method: PointsMethod; readonly cap: number } | null;
  readonly bonusCap: number | null;
  readonly deductionCap: number | null;
  readonly grades: GradeThresholds;
}

const METHODS: readonly string[] = ["proportional", "capped", "allOrNothing"];

/**
 * Checks the criteria (`criterion.noMaximum`, `criterion.noTarget`, once each) and the parts of
 * the profile the scoring needs (`profile.invalid`, once each), and returns the context.
 */
export function prepareScoring(
  input: BlocInput,
  profile: RuleProfile,
  problems: Problem[]
): ScoringContext {
  const groups = [...new Set(input.criteria.map((c) => c.group))];
  const criteria = input.criteria.map((criterion) =>
    prepareCriterion(criterion, groups.indexOf(criterion.group), problems)
  );
  const rules = profile.scoring;
  const anyQuantitative = criteria.some((c) => c.quantitative);

  let points: ScoringContext["points"] = { method: rules.pointsMethod, cap: rules.completionCap };
  if (!METHODS.includes(rules.pointsMethod)) {
    points = null;
    if (anyQuantitative) {
      problems.push(
        profileProblem(
          localized(
            `cách tính điểm chỉ tiêu định lượng "${String(rules.pointsMethod)}" không có`,
            `the points method "${String(rules.pointsMethod)}" is unknown`
          )
        )
      );
    }
  } else if (!(Number.isFinite(rules.completionCap) && rules.completionCap >= 1)) {
    points = null;
    if (anyQuantitative) {
      const cap = numberText(rules.completionCap);
      problems.push(
        profileProblem(
          localized(
            `mức trần tỷ lệ hoàn thành phải từ 1 trở lên, đang là ${cap.vi}`,
            `the completion cap must be at least 1, but is ${cap.en}`
          )
        )
      );
    }
  }

  return {
    criteria,
    groups,
    counting: rules.countingScore,
    aboveMaximum: rules.aboveMaximum,
    points,
    bonusCap: checkedCap(
      rules.bonusCap,
      localized("mức trần điểm thưởng", "the bonus cap"),
      problems
    ),
    deductionCap: checkedCap(
      rules.deductionCap,
      localized("mức trần điểm trừ", "the deduction cap"),
      problems
    ),
    grades: profile.grades,
  };
}

function prepareCriterion(
  criterion: CriterionInput,
  groupIndex: number,
  problems: Problem[]
): PreparedCriterion {
  const label = criterionLabel(criterion);
  const where = { location: criterion.location };
  const maximum =
    criterion.maxPoints !== null && Number.isFinite(criterion.maxPoints) && criterion.maxPoints >= 0
      ? criterion.maxPoints
      : null;
  if (maximum === null) {
    problems.push(
      problem("criterion.noMaximum", "error", noMaximumMessage(criterion, label), where)
    );
  }
  const quantitative = criterion.quantitative !== undefined;
  let target: QuantitativeTarget | null = null;
  if (criterion.quantitative !== undefined) {
    const value = criterion.quantitative.target;
    if (Number.isFinite(value) && value > 0) {
      target = criterion.quantitative;
    } else {
      problems.push(
        problem("criterion.noTarget", "error", noTargetMessage(criterion, label, value), where)
      );
    }
  }
  return { criterion, label, maximum, quantitative, target, groupIndex };
}

/** A cap that is null or a number ≥ 0; anything else is reported and treated as no cap. */
function checkedCap(cap: number | null, name: Localized, problems: Problem[]): number | null {
  if (cap === null || (Number.isFinite(cap) && cap >= 0)) return cap;
  const given = numberText(cap);
  problems.push(
    profileProblem(
      localized(
        `${name.vi} phải là số không âm, đang là ${given.vi}; tạm coi như không có mức trần`,
        `${name.en} must be a number of at least 0, but is ${given.en}; treated as no cap`
      )
    )
  );
  return null;
}

function profileProblem(detail: Localized): Problem {
  return problem(
    "profile.invalid",
    "error",
    localized(`Bộ quy tắc chấm điểm: ${detail.vi}.`, `Scoring rules: ${detail.en}.`)
  );
}
