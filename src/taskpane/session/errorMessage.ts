import { localized, type Localized } from "../../core/localized";

function isLocalized(value: unknown): value is Localized {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { vi?: unknown }).vi === "string" &&
    typeof (value as { en?: unknown }).en === "string"
  );
}

/**
 * What to tell the user about a failed host call: a host's own message (its `HostError` carries
 * one in both languages) or, for anything unexpected, the error's text.
 */
export function errorMessage(error: unknown): Localized {
  const text =
    typeof error === "object" && error !== null ? (error as { text?: unknown }).text : undefined;
  if (isLocalized(text)) return text;
  const detail = error instanceof Error ? error.message : String(error);
  return localized(`Không thực hiện được: ${detail}`, `Could not be done: ${detail}`);
}
