import { makeStyles, MessageBar, MessageBarBody, Text, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { Language } from "../../core/localized";
import {
  GRADE_ORDER,
  type CountingScore,
  type GradeId,
  type RuleProfile,
} from "../../core/profile/types";
import { gradeLabel } from "../../core/scoring";
import { numberSettings, type NumberSetting } from "../rules/numberSettings";
import { useProfileEditor } from "../rules/useProfileEditor";
import { say } from "../strings";
import { ChoiceField } from "./ChoiceField";
import { NumberField } from "./NumberField";

const useProfileEditorStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  group: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    margin: 0,
  },
  legend: {
    fontWeight: tokens.fontWeightSemibold,
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
  },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface ProfileEditorProps {
  readonly profile: RuleProfile;
  readonly language: Language;
  readonly onChange: (profile: RuleProfile) => void;
}

type GradeChoice = GradeId | "any";

/** The profile's numbers and choices as fields; a change is applied only when the rules stay valid. */
export function ProfileEditor({ profile, language, onChange }: ProfileEditorProps) {
  const styles = useProfileEditorStyles();
  const editor = useProfileEditor(profile, onChange);
  const settings = numberSettings(profile);
  const field = (setting: NumberSetting) => (
    <NumberField
      key={setting.key}
      label={setting.label[language]}
      text={editor.textOf(setting)}
      error={editor.isUnreadable(setting) ? say("notANumber", language) : null}
      onChange={(text) => editor.setNumber(setting, text)}
    />
  );
  const counting: { value: CountingScore; text: string }[] = [
    { value: "bloc", text: say("countingBloc", language) },
    { value: "self", text: say("countingSelf", language) },
    { value: "average", text: say("countingAverage", language) },
  ];
  const grades: { value: GradeChoice; text: string }[] = [
    { value: "any", text: say("anyGrade", language) },
    ...GRADE_ORDER.map((grade) => ({
      value: grade as GradeChoice,
      text: gradeLabel(grade)[language],
    })),
  ];
  return (
    <div className={styles.root}>
      {editor.problems.length > 0 && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            {say("invalidRules", language)}
            <ul className={styles.problems}>
              {editor.problems.map((problem, index) => (
                <li key={index}>{problem.message[language]}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <fieldset className={styles.group}>
        <legend className={styles.legend}>{say("scoringSection", language)}</legend>
        <ChoiceField
          label={say("countingScore", language)}
          value={profile.scoring.countingScore}
          choices={counting}
          onChange={(value) =>
            editor.change((current) => ({
              ...current,
              scoring: { ...current.scoring, countingScore: value },
            }))
          }
        />
        {settings.filter((setting) => setting.section === "scoring").map(field)}
      </fieldset>
      <fieldset className={styles.group}>
        <legend className={styles.legend}>{say("ballotSection", language)}</legend>
        <ChoiceField
          label={say("ballotBase", language)}
          value={profile.ballot.base}
          choices={[
            { value: "present", text: say("basePresent", language) },
            { value: "total", text: say("baseTotal", language) },
          ]}
          onChange={(value) =>
            editor.change((current) => ({ ...current, ballot: { ...current.ballot, base: value } }))
          }
        />
        {settings.filter((setting) => setting.section === "ballot").map(field)}
      </fieldset>
      {profile.awards.map((award, index) => (
        <fieldset key={award.id} className={styles.group}>
          <legend className={styles.legend}>{award.name[language]}</legend>
          {award.quota.kind === "unlimited" && <Text>{say("quotaUnlimited", language)}</Text>}
          {settings.filter((setting) => setting.award === index).map(field)}
          <ChoiceField
            label={say("minGrade", language)}
            value={award.minGrade ?? "any"}
            choices={grades}
            onChange={(value) =>
              editor.change((current) => ({
                ...current,
                awards: current.awards.map((rule, at) =>
                  at === index ? { ...rule, minGrade: value === "any" ? null : value } : rule
                ),
              }))
            }
          />
        </fieldset>
      ))}
    </div>
  );
}
