import { localized } from "../../core/localized";
import { failure, success, type Outcome } from "../../core/outcome";
import { findPreset } from "../../core/profile/presets";
import { parseNumber } from "../../core/text/parseNumber";
import { argumentLabel } from "./argumentNames";
import { readPreset } from "./readPreset";
import { isBlank } from "./isBlank";

export interface VoteThreshold {
  readonly threshold: number;
  readonly strictlyAbove: boolean;
}

/**
 * VOTEPASS's threshold: a share such as 0.5, "50%", "50,5%" or "2/3" (passes at or above it),
 * the same after ">" (passes only above it: ">50%" is "more than half"), or a preset's name (its
 * ballot rule); the current national preset's ballot rule when omitted.
 */
export function readVoteThreshold(value: unknown): Outcome<VoteThreshold> {
  if (isBlank(value) || (typeof value === "string" && findPreset(value.trim().toLowerCase()))) {
    const preset = readPreset(value);
    if (!preset.ok) return preset;
    return success({
      threshold: preset.value.ballot.threshold,
      strictlyAbove: preset.value.ballot.strictlyAbove,
    });
  }
  const text = typeof value === "string" ? value.trim() : null;
  const strictlyAbove = text?.startsWith(">") ?? false;
  const body = strictlyAbove ? text!.slice(1) : value;
  const share = readShare(body);
  const name = argumentLabel("threshold");
  if (share !== null && share > 0 && share <= 1)
    return success({ threshold: share, strictlyAbove });
  return failure(
    localized(
      `${name.vi} phải là tỷ lệ từ 0 đến 1 (0,5; 50%; 2/3; >50%) hoặc tên bộ quy tắc, nhận được “${String(value)}”.`,
      `${name.en} must be a share from 0 to 1 (0.5, 50%, 2/3, >50%) or a preset name, got “${String(value)}”.`
    )
  );
}

/** A number, a percentage or a fraction "a/b"; null when it is none of them. */
function readShare(value: unknown): number | null {
  if (typeof value === "string") {
    const fraction = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
    if (fraction) return Number(fraction[1]) / Number(fraction[2]);
  }
  if (typeof value !== "number" && typeof value !== "string") return null;
  const read = parseNumber(value);
  return read.ok ? read.value : null;
}
