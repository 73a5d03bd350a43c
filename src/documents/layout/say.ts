import type { Language, Localized } from "../../core/localized";

/** The text in the document's language. */
export function say(text: Localized, language: Language): string {
  return text[language];
}

/** Capitals as Vietnamese prints them ("đ" → "Đ", "ơ" → "Ơ"). */
export function capitals(text: string): string {
  return text.toLocaleUpperCase("vi");
}
