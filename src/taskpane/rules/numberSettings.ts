import type { Localized } from "../../core/localized";
import type { AwardRule, RuleProfile } from "../../core/profile/types";
import { gradeLabel } from "../../core/scoring";
import { STRINGS } from "../strings";

/** A number in the profile that the pane lets the user edit. Fractions are shown as percentages. */
export interface NumberSetting {
  /** Stable key for the field ("grade.excellent", "award.1.quota"). */
  readonly key: string;
  readonly section: "scoring" | "ballot" | "awards";
  readonly label: Localized;
  /** The award the setting belongs to (awards section only). */
  readonly award?: number;
  /** An empty field means null (no cap, any rank, no vote). */
  readonly optional: boolean;
  readonly value: number | null;
  /** The profile with this setting changed; nothing is checked here (see `validateProfile`). */
  readonly apply: (profile: RuleProfile, value: number | null) => RuleProfile;
}

function toPercent(fraction: number): number {
  return Math.round(fraction * 10000) / 100;
}

function fromPercent(percent: number | null): number | null {
  return percent === null ? null : percent / 100;
}

function withAward(
  profile: RuleProfile,
  index: number,
  change: (award: AwardRule) => AwardRule
): RuleProfile {
  return {
    ...profile,
    awards: profile.awards.map((award, at) => (at === index ? change(award) : award)),
  };
}

function awardSettings(award: AwardRule, index: number): NumberSetting[] {
  const settings: NumberSetting[] = [];
  const base = { section: "awards" as const, award: index };
  const quota = award.quota;
  if (quota.kind === "count") {
    settings.push({
      ...base,
      key: `award.${index}.quota`,
      label: STRINGS.quota,
      optional: false,
      value: quota.count,
      apply: (profile, value) =>
        withAward(profile, index, (rule) => ({
          ...rule,
          quota: { kind: "count", count: value ?? Number.NaN },
        })),
    });
  } else if (quota.kind === "percent") {
    settings.push({
      ...base,
      key: `award.${index}.quota`,
      label: STRINGS.quotaPercent,
      optional: false,
      value: quota.percent,
      apply: (profile, value) =>
        withAward(profile, index, (rule) => ({
          ...rule,
          quota: { ...quota, percent: value ?? Number.NaN },
        })),
    });
  }
  settings.push(
    {
      ...base,
      key: `award.${index}.bestRank`,
      label: STRINGS.bestRank,
      optional: true,
      value: award.bestRank,
      apply: (profile, value) =>
        withAward(profile, index, (rule) => ({ ...rule, bestRank: value })),
    },
    {
      ...base,
      key: `award.${index}.voteThreshold`,
      label: STRINGS.voteThreshold,
      optional: true,
      value: award.voteThreshold === null ? null : toPercent(award.voteThreshold),
      apply: (profile, value) =>
        withAward(profile, index, (rule) => ({ ...rule, voteThreshold: fromPercent(value) })),
    }
  );
  return settings;
}

/** The profile's editable numbers: scale, bonus cap, grade thresholds, ballot rules, and each award's. */
export function numberSettings(profile: RuleProfile): NumberSetting[] {
  const grade = (id: "excellent" | "good" | "pass"): NumberSetting => ({
    key: `grade.${id}`,
    section: "scoring",
    label: {
      vi: `${gradeLabel(id).vi} — ${STRINGS.gradeFrom.vi}`,
      en: `${gradeLabel(id).en} — ${STRINGS.gradeFrom.en}`,
    },
    optional: false,
    value: profile.grades[id],
    apply: (current, value) => ({
      ...current,
      grades: { ...current.grades, [id]: value ?? Number.NaN },
    }),
  });
  return [
    {
      key: "scoring.maxTotal",
      section: "scoring",
      label: STRINGS.maxTotal,
      optional: false,
      value: profile.scoring.maxTotal,
      apply: (current, value) => ({
        ...current,
        scoring: { ...current.scoring, maxTotal: value ?? Number.NaN },
      }),
    },
    {
      key: "scoring.bonusCap",
      section: "scoring",
      label: STRINGS.bonusCap,
      optional: true,
      value: profile.scoring.bonusCap,
      apply: (current, value) => ({ ...current, scoring: { ...current.scoring, bonusCap: value } }),
    },
    grade("excellent"),
    grade("good"),
    grade("pass"),
    {
      key: "ballot.threshold",
      section: "ballot",
      label: STRINGS.ballotThreshold,
      optional: false,
      value: toPercent(profile.ballot.threshold),
      apply: (current, value) => ({
        ...current,
        ballot: { ...current.ballot, threshold: fromPercent(value) ?? Number.NaN },
      }),
    },
    {
      key: "ballot.quorum",
      section: "ballot",
      label: STRINGS.quorum,
      optional: false,
      value: toPercent(profile.ballot.quorum),
      apply: (current, value) => ({
        ...current,
        ballot: { ...current.ballot, quorum: fromPercent(value) ?? Number.NaN },
      }),
    },
    ...profile.awards.flatMap((award, index) => awardSettings(award, index)),
  ];
}
