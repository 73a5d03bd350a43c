import type { RuleProfile } from "../profile/types";

/**
 * The index of the award of the profile with that id; -1 when it has none. A profile has a few
 * awards: they are compared in place, without a map, for each of thousands of ballots.
 */
export function awardIndexOf(profile: RuleProfile, awardId: string): number {
  const { awards } = profile;
  for (let index = 0; index < awards.length; index++) {
    if (awards[index]!.id === awardId) return index;
  }
  return -1;
}
