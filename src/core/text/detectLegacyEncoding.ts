import { legacyEncodingOfText, wordEvidence, type LegacyEncoding } from "./internal/legacyEvidence";

export type { LegacyEncoding } from "./internal/legacyEvidence";

/**
 * Recognises Vietnamese typed with a legacy font and then read as Unicode, such as TCVN3
 * "Héi Liªn hiÖp Phô n÷ tØnh" or VNI "Hoäi Lieân hieäp Phuï nöõ tænh" (both "Hội Liên hiệp Phụ
 * nữ tỉnh"). A word counts as evidence when it is not a Vietnamese syllable as it stands but is
 * one once decoded; the text is reported only when enough of its words say so, so ordinary
 * Vietnamese, English and Western European names ("Müller", "Señor") give `null`.
 */
export function detectLegacyEncoding(text: string): LegacyEncoding | null {
  return legacyEncodingOfText(text, wordEvidence);
}
