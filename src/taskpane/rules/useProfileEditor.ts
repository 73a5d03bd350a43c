import * as React from "react";
import type { Problem } from "../../core/problem";
import { validateProfile } from "../../core/profile";
import type { RuleProfile } from "../../core/profile/types";
import { parseNumber } from "../../core/text";
import type { NumberSetting } from "./numberSettings";

export interface ProfileEditor {
  /** The text in a number field: what the user typed, else the profile's value. */
  textOf(setting: NumberSetting): string;
  /** Whether the field's text is not a number (or empty where a number is needed). */
  isUnreadable(setting: NumberSetting): boolean;
  setNumber(setting: NumberSetting, text: string): void;
  /** Applies any other change (a choice in a drop-down). */
  change(edit: (profile: RuleProfile) => RuleProfile): void;
  /** Why the last change was not applied; empty when it was. */
  readonly problems: readonly Problem[];
}

function formatNumber(value: number | null): string {
  return value === null ? "" : String(value);
}

/**
 * The rules editor's behaviour: each change builds a new profile, which is applied only when
 * `validateProfile` accepts it; otherwise its messages are kept to show, and the typed text stays.
 */
export function useProfileEditor(
  profile: RuleProfile,
  onChange: (profile: RuleProfile) => void
): ProfileEditor {
  const [drafts, setDrafts] = React.useState<Readonly<Record<string, string>>>({});
  const [unreadable, setUnreadable] = React.useState<ReadonlySet<string>>(new Set());
  const [problems, setProblems] = React.useState<readonly Problem[]>([]);

  const change = (edit: (current: RuleProfile) => RuleProfile) => {
    const checked = validateProfile(edit(profile));
    if (checked.ok) {
      setProblems([]);
      onChange(checked.value);
    } else {
      setProblems(checked.problems);
    }
  };

  const setNumber = (setting: NumberSetting, text: string) => {
    setDrafts((previous) => ({ ...previous, [setting.key]: text }));
    const trimmed = text.trim();
    // Fields in % take "50" or "50%" alike.
    const parsed = trimmed === "" ? null : parseNumber(trimmed.replace(/\s*%$/, ""));
    const readable = parsed === null ? setting.optional : parsed.ok;
    setUnreadable((previous) => {
      const next = new Set(previous);
      if (readable) next.delete(setting.key);
      else next.add(setting.key);
      return next;
    });
    if (!readable) return;
    change((current) =>
      setting.apply(current, parsed === null || !parsed.ok ? null : parsed.value)
    );
  };

  return {
    textOf: (setting) => drafts[setting.key] ?? formatNumber(setting.value),
    isUnreadable: (setting) => unreadable.has(setting.key),
    setNumber,
    change,
    problems,
  };
}
