/** Average advance widths of Times New Roman, in ems (rounded up a little, to err on the safe side). */
function measureCharacter(character: string): number {
  if (/\s/.test(character)) return 0.25;
  if (/\d/.test(character)) return 0.5;
  if (character !== character.toLocaleLowerCase("vi")) return 0.72;
  if (character !== character.toLocaleUpperCase("vi")) return 0.5;
  return 0.35;
}

/**
 * Each character's width, worked out once: the documents measure the same few dozen letters tens
 * of thousands of times, and the regular expressions and Vietnamese case mapping are slow.
 */
const EMS_BY_CHARACTER = new Map<string, number>();

/** The average width of one character (one code point) of Times New Roman, in ems. */
export function characterEms(character: string): number {
  let width = EMS_BY_CHARACTER.get(character);
  if (width === undefined) {
    width = measureCharacter(character);
    EMS_BY_CHARACTER.set(character, width);
  }
  return width;
}

/** The width of a text in ems of Times New Roman: the sum of its characters' average widths. */
export function textEms(text: string): number {
  let ems = 0;
  for (const character of text) ems += characterEms(character);
  return ems;
}
