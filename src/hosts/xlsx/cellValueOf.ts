import type { CellValue } from "../../sheets/grid";

/** "2018-12-05" for a date at midnight, "2018-12-05T08:30:00" otherwise; exceljs keeps Excel's wall time in UTC. */
function isoDate(date: Date): CellValue {
  if (Number.isNaN(date.getTime())) return null;
  const iso = date.toISOString();
  const day = iso.slice(0, 10);
  const time = iso.slice(11, 19);
  return time === "00:00:00" ? day : `${day}T${time}`;
}

function richTextOf(value: { richText?: unknown }): string | null {
  if (!Array.isArray(value.richText)) return null;
  return value.richText
    .map((run: unknown) =>
      typeof run === "object" &&
      run !== null &&
      typeof (run as { text?: unknown }).text === "string"
        ? (run as { text: string }).text
        : ""
    )
    .join("");
}

/**
 * A cell's value as exceljs holds it, made a plain `CellValue`: a formula gives its cached
 * result, rich text and hyperlinks their text, a date its ISO string ("2018-12-05"), and an
 * error value, a missing result or anything unknown gives null.
 */
export function cellValueOf(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return isoDate(value);
  if (typeof value !== "object") return null;
  const record = value as Record<string, unknown>;
  if ("formula" in record || "sharedFormula" in record) return cellValueOf(record.result);
  if ("error" in record) return null;
  if ("richText" in record) return richTextOf(record);
  if ("text" in record) {
    const text = record.text;
    if (typeof text === "string") return text;
    return typeof text === "object" && text !== null ? richTextOf(text) : null;
  }
  return null;
}
