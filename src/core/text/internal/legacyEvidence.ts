import { isVietnameseSyllable } from "./isVietnameseSyllable";
import { splitWords } from "./splitWords";
import { decodeTcvn3, isTcvn3Character, isTcvn3Symbol } from "./tcvn3";
import { decodeVni, isVniCharacter } from "./vni";

/** The legacy Vietnamese encodings recognised: TCVN3 ("ABC", .VnTime fonts) and VNI (VNI-Times fonts). */
export type LegacyEncoding = "tcvn3" | "vni";

/**
 * What one word says about one encoding: nothing (it holds no character the encoding gives another
 * meaning), "candidate" (it does), "garbled" (a candidate that is not Vietnamese as it stands but
 * is once decoded), or "typical" (garbled, and holding a sign typical of that encoding).
 */
export type WordVerdict = "nothing" | "candidate" | "garbled" | "typical";

/** What one word says about each encoding. */
export interface WordEvidence {
  readonly tcvn3: WordVerdict;
  readonly vni: WordVerdict;
}

/** How one word reads under a legacy encoding. */
interface Reading {
  /** The word as that encoding spells it in Unicode. */
  readonly decoded: string;
  /** Whether the word holds a sign typical of that encoding and rare elsewhere. */
  readonly typical: boolean;
}

const ASCII_LETTER = /[A-Za-z]/;
const NOTHING: WordEvidence = { tcvn3: "nothing", vni: "nothing" };

function readTcvn3(word: string): Reading {
  return { decoded: decodeTcvn3(word), typical: [...word].some(isTcvn3Symbol) };
}

function readVni(word: string): Reading {
  const { text, pairs } = decodeVni(word);
  return { decoded: text, typical: pairs > 0 };
}

function verdict(
  word: string,
  uses: (char: string) => boolean,
  read: (word: string) => Reading
): WordVerdict {
  if (!ASCII_LETTER.test(word) || ![...word].some(uses)) return "nothing";
  const reading = read(word);
  if (isVietnameseSyllable(word) || !isVietnameseSyllable(reading.decoded)) return "candidate";
  return reading.typical ? "typical" : "garbled";
}

/** Every character either encoding reinterprets is outside ASCII: an ASCII word says nothing. */
function isAscii(word: string): boolean {
  for (let index = 0; index < word.length; index += 1) {
    if (word.charCodeAt(index) > 0x7f) return false;
  }
  return true;
}

/** What a word (from `splitWords`) says about TCVN3 and VNI. */
export function wordEvidence(word: string): WordEvidence {
  if (isAscii(word)) return NOTHING;
  return {
    tcvn3: verdict(word, isTcvn3Character, readTcvn3),
    vni: verdict(word, isVniCharacter, readVni),
  };
}

interface Tally {
  /** Words holding at least one character the encoding gives another meaning. */
  candidates: number;
  /** Candidates that are not Vietnamese as they stand but are once decoded. */
  garbled: number;
  /** Garbled words that also hold a typical sign. */
  typical: number;
}

function count(tally: Tally, word: WordVerdict): void {
  if (word === "nothing") return;
  tally.candidates += 1;
  if (word === "candidate") return;
  tally.garbled += 1;
  if (word === "typical") tally.typical += 1;
}

/** Enough evidence: two garbled words, or one with a typical sign; and at least a third of the candidates. */
function convinces(tally: Tally): boolean {
  return (tally.garbled >= 2 || tally.typical >= 1) && tally.garbled * 3 >= tally.candidates;
}

/**
 * The encoding a text's words, taken together, say it was typed in, or null. `evidenceOf` is
 * `wordEvidence`, or one that remembers its answers.
 */
export function legacyEncodingOfText(
  text: string,
  evidenceOf: (word: string) => WordEvidence
): LegacyEncoding | null {
  const tcvn3: Tally = { candidates: 0, garbled: 0, typical: 0 };
  const vni: Tally = { candidates: 0, garbled: 0, typical: 0 };
  for (const word of splitWords(text.normalize("NFC"))) {
    const evidence = evidenceOf(word);
    count(tcvn3, evidence.tcvn3);
    count(vni, evidence.vni);
  }
  const tcvn3Convinces = convinces(tcvn3);
  const vniConvinces = convinces(vni);
  if (tcvn3Convinces && vniConvinces) return vni.garbled > tcvn3.garbled ? "vni" : "tcvn3";
  if (tcvn3Convinces) return "tcvn3";
  if (vniConvinces) return "vni";
  return null;
}
