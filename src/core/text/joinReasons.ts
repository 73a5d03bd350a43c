import { localized, type Localized } from "../localized";

/**
 * Joins reason fragments with "; " into one message, as printed in the nomination list and the
 * leader proposal. Fragments start in lower case; the Vietnamese message gets a capital letter.
 */
export function joinReasons(fragments: readonly Localized[]): Localized {
  // `join` writes one flat text: the fragments, built piece by piece, can then be let go. A list
  // keeps thousands of these, and pieces kept alive cost the garbage collector dearly.
  const vi = fragments.map((fragment) => fragment.vi).join("; ");
  const en = fragments.map((fragment) => fragment.en).join("; ");
  return localized(vi.charAt(0).toLocaleUpperCase("vi") + vi.slice(1), en);
}
