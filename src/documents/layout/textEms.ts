/** The average advance widths of Times New Roman, in ems (rounded up a little, to err on the safe side). */
const WIDTHS = [0.25, 0.35, 0.5, 0.72] as const;

/** Which of `WIDTHS` a character takes. */
function measureCharacter(character: string): number {
  if (/\s/.test(character)) return 0;
  if (/\d/.test(character)) return 2;
  if (character !== character.toLocaleLowerCase("vi")) return 3;
  if (character !== character.toLocaleUpperCase("vi")) return 2;
  return 1;
}

/**
 * Each character's width, worked out once: the documents measure the same few dozen letters tens
 * of thousands of times, and the regular expressions and Vietnamese case mapping are slow. By code
 * point, so reading a text makes no one-character strings: a byte per character of the Basic
 * Multilingual Plane (`WIDTHS` index + 1, 0 when not yet measured), a map beyond it.
 */
const WIDTH_OF_BASIC = new Uint8Array(0x10000);
const WIDTH_OF_ASTRAL = new Map<number, number>();

/** The average width of the character with this code point, in ems of Times New Roman. */
export function codePointEms(codePoint: number): number {
  if (codePoint <= 0xffff) {
    let known = WIDTH_OF_BASIC[codePoint] ?? 0;
    if (known === 0) {
      known = measureCharacter(String.fromCharCode(codePoint)) + 1;
      WIDTH_OF_BASIC[codePoint] = known;
    }
    return WIDTHS[known - 1]!;
  }
  let index = WIDTH_OF_ASTRAL.get(codePoint);
  if (index === undefined) {
    index = measureCharacter(String.fromCodePoint(codePoint));
    WIDTH_OF_ASTRAL.set(codePoint, index);
  }
  return WIDTHS[index]!;
}

/** The average width of one character (one code point) of Times New Roman, in ems. */
export function characterEms(character: string): number {
  return codePointEms(character.codePointAt(0) ?? 0);
}

/** The width of a text in ems of Times New Roman: the sum of its characters' average widths. */
export function textEms(text: string): number {
  let ems = 0;
  for (let index = 0; index < text.length; index += 1) {
    const codePoint = text.codePointAt(index) ?? 0;
    ems += codePointEms(codePoint);
    if (codePoint > 0xffff) index += 1;
  }
  return ems;
}
