/** A whole number written with a thousands separator: 1–3 digits, then groups of exactly 3. */
function isGrouped(text: string, separator: string): boolean {
  const escaped = separator === "." ? "\\." : separator;
  return new RegExp(`^[1-9]\\d{0,2}(?:${escaped}\\d{3})+$`).test(text);
}

const DIGITS = /^\d+$/;

/** "1 000", "12 500,5": spaces (of any kind) as thousands separators, then an optional fraction. */
const SPACE_GROUPED = /^([1-9]\d{0,2}(?:\s\d{3})+)(?:[.,](\d+))?$/u;

/**
 * Reads an unsigned decimal written the Vietnamese way or the English way and returns it in
 * JavaScript's own syntax ("1000.5"), or `undefined` when it is not one.
 *
 * - The last separator is the decimal one when both "." and "," occur: "1.000,5", "1,000.5".
 * - A separator that occurs more than once is a thousands separator: "1.000.000", "1,000,000".
 * - A single "," is a decimal comma, as in Vietnamese: "95,5" is 95.5 (and "1,000" is 1).
 * - A single "." followed by exactly three digits, after 1–3 digits not starting with 0, is a
 *   thousands separator, as in Vietnamese: "1.000" is 1000 and "12.500" is 12500; otherwise it
 *   is a decimal point: "12.5", "0.125", "1234.567".
 */
export function readDecimal(body: string): string | undefined {
  const spaced = SPACE_GROUPED.exec(body);
  if (spaced) {
    const whole = (spaced[1] ?? "").replace(/\s/gu, "");
    return spaced[2] === undefined ? whole : `${whole}.${spaced[2]}`;
  }
  if (DIGITS.test(body)) return body;

  const last = Math.max(body.lastIndexOf("."), body.lastIndexOf(","));
  if (last < 0) return undefined;
  const mark = body.charAt(last);
  const other = mark === "." ? "," : ".";
  const onlyKind = !body.includes(other);
  const repeated = body.indexOf(mark) !== last;
  if (onlyKind && (repeated || (mark === "." && isGrouped(body, ".")))) {
    return isGrouped(body, mark) ? body.split(mark).join("") : undefined;
  }

  const whole = body.slice(0, last);
  const fraction = body.slice(last + 1);
  if (!DIGITS.test(fraction)) return undefined;
  if (whole === "") return `0.${fraction}`;
  if (DIGITS.test(whole)) return `${whole}.${fraction}`;
  return isGrouped(whole, other) ? `${whole.split(other).join("")}.${fraction}` : undefined;
}
