/**
 * VNI (the "VNI-Times" fonts): a base letter followed by a byte for its marks, read as
 * Latin-1 / Windows-1252: "aø" is à, "eâ" is ê, "oä" is ộ, "öõ" is ữ. Capitals use the
 * capital forms of the same bytes: "AØ" is À, "EÄ" is Ệ.
 */
const TONES = "øùûõï"; // huyền, sắc, hỏi, ngã, nặng
const CIRCUMFLEX = "âàáåãä"; // plain, then with huyền, sắc, hỏi, ngã, nặng
const BREVE = "êèéúüë"; // plain, then with huyền, sắc, hỏi, ngã, nặng

/** Unicode letters for a base followed by a mark byte, in the order of the strings above. */
const PAIRS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  a: { tone: "àáảãạ", circumflex: "âầấẩẫậ", breve: "ăằắẳẵặ" },
  e: { tone: "èéẻẽẹ", circumflex: "êềếểễệ" },
  o: { tone: "òóỏõọ", circumflex: "ôồốổỗộ" },
  u: { tone: "ùúủũụ" },
  y: { tone: "ỳýỷỹ" },
  ô: { tone: "ờớởỡợ" }, // "ô" alone is ơ
  ö: { tone: "ừứửữự" }, // "ö" alone is ư
};

/** Single bytes that stand for a letter of their own. */
const SINGLES: Readonly<Record<string, string>> = {
  ô: "ơ",
  ö: "ư",
  ñ: "đ",
  æ: "ỉ",
  ó: "ĩ",
  ò: "ị",
  î: "ỵ",
  ì: "ì",
  í: "í",
};

const TABLE: ReadonlyMap<string, string> = buildTable();
const CHARACTERS: ReadonlySet<string> = new Set(
  [...TABLE.keys()].flatMap((key) => [...key]).filter((char) => char > "\u007F")
);

function buildTable(): Map<string, string> {
  const table = new Map<string, string>();
  const add = (key: string, value: string): void => {
    table.set(key, value);
    table.set(key.toUpperCase(), value.toUpperCase());
  };
  for (const [base, forms] of Object.entries(PAIRS)) {
    const marks: Array<[string, string | undefined]> = [
      [TONES, forms["tone"]],
      [CIRCUMFLEX, forms["circumflex"]],
      [BREVE, forms["breve"]],
    ];
    for (const [bytes, letters] of marks) {
      [...(letters ?? "")].forEach((letter, index) => add(`${base}${bytes.charAt(index)}`, letter));
    }
  }
  for (const [byte, letter] of Object.entries(SINGLES)) add(byte, letter);
  return table;
}

/** Whether the character is one VNI gives a meaning other than its Latin-1 one. */
export function isVniCharacter(char: string): boolean {
  return CHARACTERS.has(char);
}

/** Reads a word as VNI and returns its Unicode spelling, and how many base+mark pairs it held. */
export function decodeVni(word: string): { readonly text: string; readonly pairs: number } {
  const chars = [...word];
  let text = "";
  let pairs = 0;
  for (let index = 0; index < chars.length; index += 1) {
    const char = chars[index] ?? "";
    const pair = TABLE.get(char + (chars[index + 1] ?? ""));
    if (pair !== undefined && index + 1 < chars.length) {
      text += pair;
      pairs += 1;
      index += 1;
    } else {
      text += TABLE.get(char) ?? char;
    }
  }
  return { text, pairs };
}
