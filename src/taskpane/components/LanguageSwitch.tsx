import { Switch } from "@fluentui/react-components";
import * as React from "react";
import type { Language } from "../../core/localized";
import { say } from "../strings";

export interface LanguageSwitchProps {
  readonly language: Language;
  readonly onChange: (language: Language) => void;
}

/** Vietnamese by default; the switch turns the pane (and the generated sheets) to English. */
export function LanguageSwitch({ language, onChange }: LanguageSwitchProps) {
  return (
    <Switch
      label={say("english", language)}
      lang="en"
      checked={language === "en"}
      onChange={(_, data) => onChange(data.checked ? "en" : "vi")}
    />
  );
}
