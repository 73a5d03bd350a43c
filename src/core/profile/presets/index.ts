import type { RuleProfile } from "../types";
import { NATIONAL_2025_PROFILE } from "./national2025";
import { SEED_BLOC_2018_PROFILE } from "./seedBloc2018";

export { NATIONAL_2025_PROFILE, SEED_BLOC_2018_PROFILE };

/** The built-in profiles, the current national frame first. */
export const PRESETS: readonly RuleProfile[] = [NATIONAL_2025_PROFILE, SEED_BLOC_2018_PROFILE];

/** The built-in profile with this id, or undefined. */
export function findPreset(id: string): RuleProfile | undefined {
  return PRESETS.find((preset) => preset.id === id);
}
