import { localized } from "../../core/localized";
import { failure, success, type Outcome } from "../../core/outcome";
import type { PointsMethod } from "../../core/profile/types";
import { foldDiacritics } from "../../core/text/foldDiacritics";
import { argumentLabel } from "./argumentNames";
import { isBlank } from "./isBlank";

/** Method names, folded (no diacritics, case or spaces): the profile's ids and Vietnamese names. */
const METHODS: Readonly<Record<string, PointsMethod>> = {
  proportional: "proportional",
  tyle: "proportional",
  tile: "proportional",
  capped: "capped",
  tran: "capped",
  allornothing: "allOrNothing",
  datkhongdat: "allOrNothing",
};

/**
 * The points method for POINTS: "proportional" (tỷ lệ), "capped" (trần), "allOrNothing"
 * (đạt/không đạt), in any case, with or without diacritics and spaces; `fallback` when omitted.
 */
export function readMethod(value: unknown, fallback: PointsMethod): Outcome<PointsMethod> {
  if (isBlank(value)) return success(fallback);
  const key =
    typeof value === "string"
      ? foldDiacritics(value)
          .toLowerCase()
          .replace(/[\s/_-]+/g, "")
      : "";
  const method = METHODS[key];
  if (method) return success(method);
  const name = argumentLabel("method");
  return failure(
    localized(
      `${name.vi} “${String(value)}” không có; dùng proportional (tỷ lệ), capped (trần) hoặc allOrNothing (đạt/không đạt).`,
      `${name.en} “${String(value)}” is unknown; use proportional, capped or allOrNothing.`
    )
  );
}
