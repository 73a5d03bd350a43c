import { localized } from "../core/localized";
import { problem, type Problem } from "../core/problem";
import { validateProfile } from "../core/profile";
import type { RuleProfile } from "../core/profile/types";
import { parseMapping, serializeMapping, type WorkbookMapping } from "../sheets";

/** What the secretariat fills once and prints on every document. */
export interface DocumentDefaults {
  readonly agency?: string;
  readonly parentAgency?: string;
  readonly place?: string;
  readonly number?: string;
  readonly signerName?: string;
  readonly signerTitle?: string;
  readonly signerCapacity?: string;
}

/** The add-in's configuration, stored in the workbook so every co-author and host sees it. */
export interface WorkbookConfiguration {
  readonly profile: RuleProfile | null;
  readonly mapping: WorkbookMapping | null;
  /** nameKey of a name written in a sheet → nameKey of the unit it means, as the user chose. */
  readonly aliases: Readonly<Record<string, string>>;
  readonly document: DocumentDefaults;
  /** Each generated sheet's name → the fingerprint of what was written, to notice later edits. */
  readonly generated: Readonly<Record<string, string>>;
}

export const EMPTY_CONFIGURATION: WorkbookConfiguration = {
  profile: null,
  mapping: null,
  aliases: {},
  document: {},
  generated: {},
};

/**
 * Reads the stored configuration. Each damaged part is reported and left out, so a bad profile
 * never hides a good mapping; nothing throws.
 */
export function parseConfiguration(json: string | null): {
  configuration: WorkbookConfiguration;
  problems: Problem[];
} {
  if (json === null || json.trim() === "")
    return { configuration: EMPTY_CONFIGURATION, problems: [] };
  let data: Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(json);
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
      throw new Error("not an object");
    data = parsed as Record<string, unknown>;
  } catch {
    return {
      configuration: EMPTY_CONFIGURATION,
      problems: [
        problem(
          "profile.invalid",
          "warning",
          localized(
            "Trang cấu hình của Thi Đua bị hỏng (không phải JSON); dùng cấu hình mặc định.",
            "Thi Đua's configuration sheet is damaged (not JSON); the defaults are used."
          )
        ),
      ],
    };
  }
  const problems: Problem[] = [];
  let profile: RuleProfile | null = null;
  if (data.profile !== undefined) {
    const checked = validateProfile(data.profile);
    if (checked.ok) profile = checked.value;
    else problems.push(...checked.problems);
  }
  let mapping: WorkbookMapping | null = null;
  if (data.mapping !== undefined) {
    const parsed = parseMapping(JSON.stringify(data.mapping));
    if (parsed.ok) mapping = parsed.value;
    else problems.push(problem("sheet.columnMissing", "warning", parsed.error));
  }
  return {
    configuration: {
      profile,
      mapping,
      aliases: stringRecord(data.aliases),
      document: stringRecord(data.document) as DocumentDefaults,
      generated: stringRecord(data.generated),
    },
    problems,
  };
}

export function serializeConfiguration(configuration: WorkbookConfiguration): string {
  return JSON.stringify(
    {
      version: 1,
      profile: configuration.profile ?? undefined,
      mapping: configuration.mapping
        ? JSON.parse(serializeMapping(configuration.mapping))
        : undefined,
      aliases: configuration.aliases,
      document: configuration.document,
      generated: configuration.generated,
    },
    null,
    1
  );
}

function stringRecord(value: unknown): Record<string, string> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return {};
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).filter(
      (entry): entry is [string, string] => typeof entry[1] === "string"
    )
  );
}
