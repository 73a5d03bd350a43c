import { localized, type Language, type Localized } from "../localized";

/**
 * Joins reason fragments with "; " into one message, as printed in the nomination list and the
 * leader proposal. Fragments start in lower case; the Vietnamese message gets a capital letter.
 */
export function joinReasons(fragments: readonly Localized[]): Localized {
  return localized(
    joinReasonWords(
      fragments.map((fragment) => fragment.vi),
      "vi"
    ),
    joinReasonWords(
      fragments.map((fragment) => fragment.en),
      "en"
    )
  );
}

/** `joinReasons` in one language, for fragments already written in it. */
export function joinReasonWords(fragments: readonly string[], language: Language): string {
  if (fragments.length === 0) return "";
  const first = fragments[0]!;
  // Added piece by piece rather than joined: V8 links the pieces instead of copying them, and
  // a nomination list writes a sentence for every unit and award.
  let joined = language === "vi" ? first.charAt(0).toUpperCase() + first.slice(1) : first;
  for (let index = 1; index < fragments.length; index++) joined += "; " + fragments[index]!;
  return joined;
}
