/**
 * TCVN3 (TCVN 5712:1993, the "ABC" fonts such as .VnTime): one byte per Vietnamese letter.
 * Read as Latin-1 / Windows-1252, each byte shows as the character on the left.
 * Capital letters with a tone have no code of their own (they come from the ".VnTimeH" fonts).
 */
const LOWER_TONED = "µ¶·¸¹»¼½¾ÆÇÈÉÊËÌÎÏÐÑÒÓÔÕÖ×ØÜÝÞßáâãäåæçèéêëìíîïñòóôõö÷øùúûüýþ";
const LOWER_TONED_UNICODE = "àảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ";
const PLAIN = "¡¢£¤¥¦§¨©ª«¬\u00AD®";
const PLAIN_UNICODE = "ĂÂÊÔƠƯĐăâêôơưđ";

const TABLE: ReadonlyMap<string, string> = new Map([
  ...[...LOWER_TONED].map((char, index): [string, string] => [
    char,
    LOWER_TONED_UNICODE.charAt(index),
  ]),
  ...[...PLAIN].map((char, index): [string, string] => [char, PLAIN_UNICODE.charAt(index)]),
]);

/**
 * Characters that are symbols in Latin-1 but letters in TCVN3 ("ª" for ê, "®" for đ, "¸" for á,
 * "÷" for ữ…): inside a word they are a strong sign of TCVN3. The micro sign "µ" (à) is left
 * out, since "µm" is a common unit.
 */
const SYMBOLS = new Set([..."¶·¸¹»¼½¾×÷", ...PLAIN]);

/** Whether the character has a meaning in TCVN3 other than its Latin-1 one. */
export function isTcvn3Character(char: string): boolean {
  return TABLE.has(char);
}

/** Whether the character is a Latin-1 symbol that TCVN3 uses for a letter. */
export function isTcvn3Symbol(char: string): boolean {
  return SYMBOLS.has(char);
}

/** Reads a word as TCVN3 and returns its Unicode spelling. */
export function decodeTcvn3(word: string): string {
  return [...word].map((char) => TABLE.get(char) ?? char).join("");
}
