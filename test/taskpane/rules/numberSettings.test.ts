import {
  NATIONAL_2025_PROFILE,
  SEED_BLOC_2018_PROFILE,
  validateProfile,
} from "../../../src/core/profile";
import { numberSettings } from "../../../src/taskpane/rules/numberSettings";

function setting(key: string) {
  const found = numberSettings(SEED_BLOC_2018_PROFILE).find((candidate) => candidate.key === key);
  if (!found) throw new Error(`no setting ${key}`);
  return found;
}

describe("numberSettings", () => {
  it("shows fractions as percentages and counts as they are", () => {
    expect(setting("ballot.threshold").value).toBe(50);
    expect(setting("ballot.quorum").value).toBeCloseTo(66.67, 2);
    expect(setting("award.0.quota").value).toBe(1);
    expect(setting("award.1.bestRank").value).toBe(2);
    expect(setting("award.2.voteThreshold").value).toBe(50);
    expect(setting("grade.excellent").value).toBe(900);
  });

  it("writes a percentage back as a fraction, without changing the input profile", () => {
    const changed = setting("ballot.threshold").apply(SEED_BLOC_2018_PROFILE, 80);
    expect(changed.ballot.threshold).toBeCloseTo(0.8);
    expect(SEED_BLOC_2018_PROFILE.ballot.threshold).toBe(0.5);
  });

  it("an empty optional field means no limit", () => {
    const changed = setting("award.1.bestRank").apply(SEED_BLOC_2018_PROFILE, null);
    expect(changed.awards[1]?.bestRank).toBeNull();
    expect(validateProfile(changed).ok).toBe(true);
  });

  it("a quota made invalid is caught by the profile check", () => {
    const changed = setting("award.0.quota").apply(SEED_BLOC_2018_PROFILE, -1);
    expect(validateProfile(changed).ok).toBe(false);
  });

  it("offers no quota field for an award without a quota", () => {
    const keys = numberSettings(NATIONAL_2025_PROFILE).map((candidate) => candidate.key);
    const unlimited = NATIONAL_2025_PROFILE.awards.findIndex(
      (award) => award.quota.kind === "unlimited"
    );
    expect(unlimited).toBeGreaterThanOrEqual(0);
    expect(keys).not.toContain(`award.${unlimited}.quota`);
    expect(keys).toContain(`award.${unlimited}.bestRank`);
  });
});
