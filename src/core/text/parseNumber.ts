import { localized } from "../localized";
import { failure, success, type Outcome } from "../outcome";
import { readDecimal } from "./internal/readDecimal";

const SIGNS: Readonly<Record<string, string>> = { "+": "", "-": "-", "\u2212": "-" };

/** Quotes a user's text for a message, shortened when long. */
function quote(text: string): string {
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return `“${shown}”`;
}

function notNumber(text: string): Outcome<number> {
  return failure(localized(`${quote(text)} không phải là số.`, `${quote(text)} is not a number.`));
}

/**
 * Reads a number from a cell value. Numbers pass through (NaN and ±Infinity are refused).
 * Text may carry spaces (also no-break ones) around it, a sign ("-3", "+2"), a trailing "%"
 * ("85%" is 0.85), a Vietnamese decimal comma ("95,5") and thousands separators ("1.000",
 * "1,000.5", "1 000"). In Vietnamese a single dot followed by exactly three digits groups
 * thousands: "1.000" is 1000 and "12.500" is 12500, while "12.5" is 12.5 — see `readDecimal`.
 * Empty cells, booleans and any other text give a failure naming the value. Never throws.
 */
export function parseNumber(value: string | number | boolean | null | undefined): Outcome<number> {
  if (typeof value === "number") {
    return Number.isFinite(value)
      ? success(value)
      : failure(
          localized(
            `${String(value)} không phải là số hữu hạn.`,
            `${String(value)} is not a finite number.`
          )
        );
  }
  if (typeof value === "boolean") {
    const shown = value ? "TRUE" : "FALSE";
    return failure(
      localized(
        `Giá trị đúng/sai ${shown} không phải là số.`,
        `The logical value ${shown} is not a number.`
      )
    );
  }
  const text = (value ?? "").trim();
  if (text === "")
    return failure(localized("Ô trống, không có số.", "The cell is empty: there is no number."));

  let body = text;
  let divisor = 1;
  if (body.endsWith("%")) {
    divisor = 100;
    body = body.slice(0, -1).trimEnd();
  }
  const sign = SIGNS[body.charAt(0)];
  if (sign !== undefined) body = body.slice(1);

  const decimal = readDecimal(body);
  if (decimal === undefined) return notNumber(text);
  const number = Number(`${sign ?? ""}${decimal}`) / divisor;
  if (!Number.isFinite(number)) return notNumber(text);
  return success(number === 0 ? 0 : number);
}
