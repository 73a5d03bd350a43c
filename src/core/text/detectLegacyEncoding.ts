import { isVietnameseSyllable } from "./internal/isVietnameseSyllable";
import { splitWords } from "./internal/splitWords";
import { decodeTcvn3, isTcvn3Character, isTcvn3Symbol } from "./internal/tcvn3";
import { decodeVni, isVniCharacter } from "./internal/vni";

/** The legacy Vietnamese encodings recognised: TCVN3 ("ABC", .VnTime fonts) and VNI (VNI-Times fonts). */
export type LegacyEncoding = "tcvn3" | "vni";

/** How one word reads under a legacy encoding. */
interface Reading {
  /** The word as that encoding spells it in Unicode. */
  readonly decoded: string;
  /** Whether the word holds a sign typical of that encoding and rare elsewhere. */
  readonly typical: boolean;
}

interface Evidence {
  /** Words holding at least one character the encoding gives another meaning. */
  readonly candidates: number;
  /** Candidates that are not Vietnamese as they stand but are once decoded. */
  readonly garbled: number;
  /** Garbled words that also hold a typical sign. */
  readonly typical: number;
}

const ASCII_LETTER = /[A-Za-z]/;

function weigh(
  words: readonly string[],
  uses: (char: string) => boolean,
  read: (word: string) => Reading
): Evidence {
  let candidates = 0;
  let garbled = 0;
  let typical = 0;
  for (const word of words) {
    if (!ASCII_LETTER.test(word) || ![...word].some(uses)) continue;
    candidates += 1;
    const reading = read(word);
    if (isVietnameseSyllable(word) || !isVietnameseSyllable(reading.decoded)) continue;
    garbled += 1;
    if (reading.typical) typical += 1;
  }
  return { candidates, garbled, typical };
}

/** Enough evidence: two garbled words, or one with a typical sign; and at least a third of the candidates. */
function convinces(evidence: Evidence): boolean {
  return (
    (evidence.garbled >= 2 || evidence.typical >= 1) && evidence.garbled * 3 >= evidence.candidates
  );
}

function readTcvn3(word: string): Reading {
  return { decoded: decodeTcvn3(word), typical: [...word].some(isTcvn3Symbol) };
}

function readVni(word: string): Reading {
  const { text, pairs } = decodeVni(word);
  return { decoded: text, typical: pairs > 0 };
}

/**
 * Recognises Vietnamese typed with a legacy font and then read as Unicode, such as TCVN3
 * "Héi Liªn hiÖp Phô n÷ tØnh" or VNI "Hoäi Lieân hieäp Phuï nöõ tænh" (both "Hội Liên hiệp Phụ
 * nữ tỉnh"). A word counts as evidence when it is not a Vietnamese syllable as it stands but is
 * one once decoded; the text is reported only when enough of its words say so, so ordinary
 * Vietnamese, English and Western European names ("Müller", "Señor") give `null`.
 */
export function detectLegacyEncoding(text: string): LegacyEncoding | null {
  const words = splitWords(text.normalize("NFC"));
  const tcvn3 = weigh(words, isTcvn3Character, readTcvn3);
  const vni = weigh(words, isVniCharacter, readVni);
  const tcvn3Convinces = convinces(tcvn3);
  const vniConvinces = convinces(vni);
  if (tcvn3Convinces && vniConvinces) return vni.garbled > tcvn3.garbled ? "vni" : "tcvn3";
  if (tcvn3Convinces) return "tcvn3";
  if (vniConvinces) return "vni";
  return null;
}
