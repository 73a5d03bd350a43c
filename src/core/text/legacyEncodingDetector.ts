import {
  legacyEncodingOfText,
  wordEvidence,
  type LegacyEncoding,
  type WordEvidence,
} from "./internal/legacyEvidence";

/**
 * `detectLegacyEncoding` for many texts that share their words, such as the cells of a sheet:
 * the detector reads each distinct word once. Make one per pass and let it go with the pass.
 */
export function legacyEncodingDetector(): (text: string) => LegacyEncoding | null {
  const known = new Map<string, WordEvidence>();
  const evidenceOf = (word: string): WordEvidence => {
    let evidence = known.get(word);
    if (evidence === undefined) {
      evidence = wordEvidence(word);
      known.set(word, evidence);
    }
    return evidence;
  };
  return (text) => legacyEncodingOfText(text, evidenceOf);
}
