import type { BlocInput } from "../../core/model";
import type { RuleProfile } from "../../core/profile/types";
import type { Language } from "../../core/localized";

/** Names for the ids a result uses: units as the units sheet writes them, awards as printed. */
export function namers(input: BlocInput, profile: RuleProfile, language: Language) {
  const units = new Map(input.units.map((unit) => [unit.id, unit.name]));
  const awards = new Map(profile.awards.map((award) => [award.id, award.name[language]]));
  return {
    unit: (id: string) => units.get(id) ?? id,
    award: (id: string) => awards.get(id) ?? id,
  };
}

/** A number the Vietnamese way ("985,5") or the English way ("985.5"). */
export function formatScore(value: number, language: Language): string {
  return value.toLocaleString(language === "vi" ? "vi-VN" : "en-GB", { maximumFractionDigits: 2 });
}
