export * from "./types";
export { validateProfile } from "./validateProfile";
export { NATIONAL_2025_PROFILE, SEED_BLOC_2018_PROFILE, PRESETS, findPreset } from "./presets";
