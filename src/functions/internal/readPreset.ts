import { localized } from "../../core/localized";
import { failure, success, type Outcome } from "../../core/outcome";
import { findPreset, NATIONAL_2025_PROFILE, PRESETS } from "../../core/profile/presets";
import type { RuleProfile } from "../../core/profile/types";
import { argumentLabel } from "./argumentNames";
import { isBlank } from "./isBlank";

/**
 * The rule profile a preset argument names ("national-2025", "seed-bloc-2018", any case); the
 * current national frame when omitted. An unknown name is a failure that lists the known ones.
 */
export function readPreset(value: unknown): Outcome<RuleProfile> {
  if (isBlank(value)) return success(NATIONAL_2025_PROFILE);
  const id = typeof value === "string" ? value.trim().toLowerCase() : "";
  const preset = findPreset(id);
  if (preset) return success(preset);
  const known = PRESETS.map((profile) => profile.id).join(", ");
  const name = argumentLabel("preset");
  return failure(
    localized(
      `${name.vi} “${String(value)}” không có; dùng một trong: ${known}.`,
      `${name.en} “${String(value)}” is unknown; use one of: ${known}.`
    )
  );
}
