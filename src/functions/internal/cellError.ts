import type { Localized } from "../../core/localized";

/** Excel shows only the start of a long message; both languages must fit in this. */
const MESSAGE_LIMIT = 250;
const SEPARATOR = " / ";
/** When both do not fit, the Vietnamese text keeps at most this much. */
const VIETNAMESE_SHARE = 160;

/**
 * An Excel error for one cell, with a message in Vietnamese and English ("… / …"), shortened
 * with "…" to stay under the length Excel shows. `#VALUE!` unless another code is given.
 */
export function cellError(
  message: Localized,
  code?: CustomFunctions.ErrorCode
): CustomFunctions.Error {
  const errorCode = code ?? CustomFunctions.ErrorCode.invalidValue;
  return new CustomFunctions.Error(errorCode, fitMessage(message));
}

function fitMessage({ vi, en }: Localized): string {
  if (vi.length + SEPARATOR.length + en.length <= MESSAGE_LIMIT) return `${vi}${SEPARATOR}${en}`;
  const viKept = shorten(
    vi,
    Math.max(VIETNAMESE_SHARE, MESSAGE_LIMIT - SEPARATOR.length - en.length)
  );
  return `${viKept}${SEPARATOR}${shorten(en, MESSAGE_LIMIT - SEPARATOR.length - viKept.length)}`;
}

function shorten(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, Math.max(0, length - 1)).trimEnd()}…`;
}
