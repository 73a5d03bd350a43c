import { Button, Dropdown, Field, makeStyles, Option, Title3, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { Language } from "../../core/localized";
import { PRESETS } from "../../core/profile";
import type { RuleProfile } from "../../core/profile/types";
import { gradeLabel } from "../../core/scoring";
import { say } from "../strings";
import { describeProfile } from "./describeProfile";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  rules: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface RulesStepProps {
  readonly profile: RuleProfile;
  readonly fromWorkbook: boolean;
  readonly language: Language;
  readonly onChoose: (profile: RuleProfile) => void;
  readonly onSave: () => void;
}

/** The rule profile in plain words, a preset to switch to, and saving it in the workbook. */
export function RulesStep({ profile, fromWorkbook, language, onChoose, onSave }: RulesStepProps) {
  const styles = useStyles();
  const options = PRESETS.some((preset) => preset.id === profile.id) ? PRESETS : [profile, ...PRESETS];
  return (
    <section className={styles.root} aria-labelledby="rules-title">
      <Title3 as="h2" id="rules-title">
        {say("preset", language)}
      </Title3>
      <Field label={say("preset", language)} hint={fromWorkbook ? say("profileFromWorkbook", language) : undefined}>
        <Dropdown
          value={profile.name[language]}
          selectedOptions={[profile.id]}
          onOptionSelect={(_, data) => {
            const chosen = options.find((option) => option.id === data.optionValue);
            if (chosen) onChoose(chosen);
          }}
        >
          {options.map((option) => (
            <Option key={option.id} value={option.id}>
              {option.name[language]}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <p>{profile.basis[language]}</p>
      <ul className={styles.rules}>
        {describeProfile(profile, language, (grade) => gradeLabel(grade)[language]).map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </ul>
      <Button appearance="primary" onClick={onSave}>
        {say("saveRules", language)}
      </Button>
    </section>
  );
}
