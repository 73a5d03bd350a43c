import { localized, type Localized } from "../../localized";
import { problem, type Problem } from "../../problem";

/** Collects every problem found while checking an untrusted value; never stops at the first. */
export interface Checker {
  readonly problems: Problem[];
}

export interface NumberRange {
  readonly min?: number;
  /** True when the value must be strictly above `min`. */
  readonly minExclusive?: boolean;
  readonly max?: number;
  readonly integer?: boolean;
}

export function createChecker(): Checker {
  return { problems: [] };
}

/** Joins a path and a key or index: `awards` + 1 → `awards[1]`, `awards[1]` + `quota` → `awards[1].quota`. */
export function childPath(path: string, key: string | number): string {
  if (typeof key === "number") return `${path}[${key}]`;
  return path === "" ? key : `${path}.${key}`;
}

/** Records one `profile.invalid` error naming the path. */
export function report(checker: Checker, path: string, text: Localized): void {
  const where =
    path === ""
      ? localized("Hồ sơ quy tắc", "Rule profile")
      : localized(`Hồ sơ quy tắc, mục "${path}"`, `Rule profile, "${path}"`);
  checker.problems.push(
    problem(
      "profile.invalid",
      "error",
      localized(`${where.vi}: ${text.vi}`, `${where.en}: ${text.en}`)
    )
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** An object with exactly the given fields: missing ones are reported by the field checks, unknown ones here. */
export function checkObject(
  checker: Checker,
  value: unknown,
  path: string,
  keys: readonly string[]
): Record<string, unknown> | undefined {
  if (!isRecord(value)) {
    report(checker, path, localized("phải là một đối tượng (nhóm các mục)", "must be an object"));
    return undefined;
  }
  for (const key of Object.keys(value)) {
    if (!keys.includes(key)) {
      report(
        checker,
        childPath(path, key),
        localized("mục không được hỗ trợ", "is not a known field")
      );
    }
  }
  return value;
}

export function checkArray(
  checker: Checker,
  value: unknown,
  path: string
): readonly unknown[] | undefined {
  if (!Array.isArray(value)) {
    report(checker, path, localized("phải là một danh sách", "must be a list"));
    return undefined;
  }
  return value;
}

export function checkString(
  checker: Checker,
  value: unknown,
  path: string,
  nonEmpty = false
): string | undefined {
  if (typeof value !== "string") {
    report(checker, path, localized("phải là một chuỗi ký tự", "must be a text"));
    return undefined;
  }
  if (nonEmpty && value.trim() === "") {
    report(checker, path, localized("không được để trống", "must not be empty"));
    return undefined;
  }
  return value;
}

export function checkBoolean(checker: Checker, value: unknown, path: string): boolean | undefined {
  if (typeof value !== "boolean") {
    report(checker, path, localized("phải là true hoặc false", "must be true or false"));
    return undefined;
  }
  return value;
}

export function checkEnum<T extends string>(
  checker: Checker,
  value: unknown,
  path: string,
  allowed: readonly T[]
): T | undefined {
  if (typeof value === "string" && (allowed as readonly string[]).includes(value))
    return value as T;
  const list = allowed.map((item) => `"${item}"`).join(", ");
  report(
    checker,
    path,
    localized(`phải là một trong các giá trị ${list}`, `must be one of ${list}`)
  );
  return undefined;
}

/** One of the allowed texts, or null. */
export function checkNullableEnum<T extends string>(
  checker: Checker,
  value: unknown,
  path: string,
  allowed: readonly T[]
): T | null | undefined {
  if (value === null) return null;
  if (typeof value === "string" && (allowed as readonly string[]).includes(value))
    return value as T;
  const list = allowed.map((item) => `"${item}"`).join(", ");
  report(
    checker,
    path,
    localized(`phải là một trong các giá trị ${list}, hoặc null`, `must be one of ${list}, or null`)
  );
  return undefined;
}

/**
 * The fields allowed for a member of a tagged union, by its `kind`; when the kind is unknown every
 * field present is allowed, so only the kind itself is reported.
 */
export function fieldsForKind(
  value: unknown,
  fields: Readonly<Record<string, readonly string[]>>
): readonly string[] {
  if (!isRecord(value)) return [];
  const kind = value.kind;
  return (typeof kind === "string" ? fields[kind] : undefined) ?? Object.keys(value);
}

export function checkNumber(
  checker: Checker,
  value: unknown,
  path: string,
  range: NumberRange = {}
): number | undefined {
  const fits =
    typeof value === "number" &&
    Number.isFinite(value) &&
    (!range.integer || Number.isInteger(value)) &&
    (range.min === undefined || (range.minExclusive ? value > range.min : value >= range.min)) &&
    (range.max === undefined || value <= range.max);
  if (!fits) {
    report(checker, path, describeRange(range));
    return undefined;
  }
  return value as number;
}

/** A number in range, or null; `undefined` when missing or wrong (and reported). */
export function checkNullableNumber(
  checker: Checker,
  value: unknown,
  path: string,
  range: NumberRange = {}
): number | null | undefined {
  if (value === null) return null;
  if (value === undefined || typeof value !== "number") {
    const text = describeRange(range);
    report(checker, path, localized(`${text.vi}, hoặc null`, `${text.en}, or null`));
    return undefined;
  }
  return checkNumber(checker, value, path, range);
}

export function checkLocalized(
  checker: Checker,
  value: unknown,
  path: string
): Localized | undefined {
  const record = checkObject(checker, value, path, ["vi", "en"]);
  if (!record) return undefined;
  const vi = checkString(checker, record.vi, childPath(path, "vi"), true);
  const en = checkString(checker, record.en, childPath(path, "en"), true);
  return vi === undefined || en === undefined ? undefined : { vi, en };
}

function formatNumber(value: number, language: "vi" | "en"): string {
  const text = String(Math.round(value * 10000) / 10000);
  return language === "vi" ? text.replace(".", ",") : text;
}

function describeRange(range: NumberRange): Localized {
  const kind = range.integer ? localized("số nguyên", "whole number") : localized("số", "number");
  const lower = range.min;
  const upper = range.max;
  if (lower !== undefined && upper !== undefined) {
    return localized(
      `phải là ${kind.vi} từ ${formatNumber(lower, "vi")} đến ${formatNumber(upper, "vi")}`,
      `must be a ${kind.en} from ${formatNumber(lower, "en")} to ${formatNumber(upper, "en")}`
    );
  }
  if (lower !== undefined && range.minExclusive) {
    return localized(
      `phải là ${kind.vi} lớn hơn ${formatNumber(lower, "vi")}`,
      `must be a ${kind.en} greater than ${formatNumber(lower, "en")}`
    );
  }
  if (lower !== undefined) {
    return localized(
      `phải là ${kind.vi} từ ${formatNumber(lower, "vi")} trở lên`,
      `must be a ${kind.en} of at least ${formatNumber(lower, "en")}`
    );
  }
  return localized(`phải là một ${kind.vi}`, `must be a ${kind.en}`);
}
