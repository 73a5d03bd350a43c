import {
  Button,
  Dropdown,
  Field,
  makeStyles,
  Option,
  Subtitle2,
  Text,
  Title3,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import type { Language } from "../../core/localized";
import { PRESETS } from "../../core/profile";
import type { RuleProfile } from "../../core/profile/types";
import { describeProfile } from "../rules/describeProfile";
import { say, type MessageId } from "../strings";
import { ProfileEditor } from "./ProfileEditor";

const useRulesStepStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  save: { alignSelf: "flex-start" },
  summary: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
});

/** Where the profile in use comes from. */
export type ProfileState = "workbook" | "preset" | "unsaved";

export interface RulesStepProps {
  readonly profile: RuleProfile;
  readonly state: ProfileState;
  readonly language: Language;
  readonly busy: boolean;
  readonly onChange: (profile: RuleProfile) => void;
  readonly onSave: () => void;
}

const CURRENT = "current";
const STATE_TEXT: Readonly<Record<ProfileState, MessageId>> = {
  workbook: "sourceWorkbook",
  preset: "sourcePreset",
  unsaved: "sourceUnsaved",
};

/** The preset the profile is, or null when it was edited (or came from elsewhere). */
function matchingPreset(profile: RuleProfile): RuleProfile | null {
  const text = JSON.stringify(profile);
  return PRESETS.find((preset) => JSON.stringify(preset) === text) ?? null;
}

/** The profile behind the preset drop-down and the editor: choosing a preset starts the editor afresh. */
function useRulesStep(props: RulesStepProps) {
  const [editorRound, setEditorRound] = React.useState(0);
  const preset = matchingPreset(props.profile);
  const choose = (value: string | undefined) => {
    const chosen = PRESETS.find((candidate) => candidate.id === value);
    if (!chosen) return;
    setEditorRound((round) => round + 1);
    props.onChange(chosen);
  };
  return { editorRound, preset, choose };
}

/** The rule profile: a preset, its settings in plain words, the fields to change them, and saving. */
export function RulesStep(props: RulesStepProps) {
  const { profile, language } = props;
  const styles = useRulesStepStyles();
  const { editorRound, preset, choose } = useRulesStep(props);
  const titleId = React.useId();
  const currentName = `${profile.name[language]} (${say("edited", language)})`;
  return (
    <section className={styles.root} aria-labelledby={titleId}>
      <Title3 as="h2" id={titleId}>
        {say("rulesTitle", language)}
      </Title3>
      <Field label={say("preset", language)} hint={say(STATE_TEXT[props.state], language)}>
        <Dropdown
          value={preset ? preset.name[language] : currentName}
          selectedOptions={[preset ? preset.id : CURRENT]}
          onOptionSelect={(_, data) => choose(data.optionValue)}
        >
          {!preset && <Option value={CURRENT}>{currentName}</Option>}
          {PRESETS.map((option) => (
            <Option key={option.id} value={option.id}>
              {option.name[language]}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Text>{profile.basis[language]}</Text>
      <Subtitle2 as="h3">{say("summary", language)}</Subtitle2>
      <ul className={styles.summary}>
        {describeProfile(profile, language).map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </ul>
      <Subtitle2 as="h3">{say("settings", language)}</Subtitle2>
      <ProfileEditor
        key={editorRound}
        profile={profile}
        language={language}
        onChange={props.onChange}
      />
      <Button
        className={styles.save}
        appearance="primary"
        disabled={props.busy}
        onClick={props.onSave}
      >
        {say("saveRules", language)}
      </Button>
    </section>
  );
}
