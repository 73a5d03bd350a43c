/**
 * Characters a cell's text may hold that XML cannot (C0 controls but tab and line feed, U+FFFE,
 * U+FFFF, unpaired surrogates), a carriage return (which XML readers turn into a line feed), and
 * text that already reads as one of Excel's `_xHHHH_` escapes.
 */
const NEEDS_ESCAPE =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|_x[0-9A-Fa-f]{4}_/gu;

/** `NEEDS_ESCAPE` for a test (a global pattern keeps where it last stopped). */
const HAS_ESCAPE = new RegExp(NEEDS_ESCAPE.source, "u");

const MARKUP = /[&<>]/g;
const ATTRIBUTE_MARKUP = /[&<>"\t\n\r]/g;

const ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};

function entity(character: string): string {
  return ENTITIES[character]!;
}

function excelEscape(match: string): string {
  // "_x0041_" typed by a user stays that text: its underscore is escaped (_x005F_).
  if (match.length === 7) return `_x005F_${match.slice(1)}`;
  return `_x${match.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`;
}

/**
 * A cell's text as the content of a SpreadsheetML `<t>` element: markup characters as entities,
 * and characters XML cannot carry written as Excel writes them (`_x0001_`), so Excel reads back
 * exactly the text given. Text without such characters comes back as it is.
 */
export function cellTextXml(text: string): string {
  const safe = text.replace(NEEDS_ESCAPE, excelEscape);
  return safe.replace(MARKUP, entity);
}

/** True when `cellTextXml` writes some of the text as `_xHHHH_` escapes. */
export function needsExcelEscapes(text: string): boolean {
  return HAS_ESCAPE.test(text);
}

/** Text for an attribute value in double quotes (white space kept as character references). */
export function attributeXml(text: string): string {
  return text.replace(ATTRIBUTE_MARKUP, entity);
}

/** Text for element content that is not a cell's text (a defined name's formula, a footer). */
export function elementTextXml(text: string): string {
  return text.replace(MARKUP, entity);
}

const REFERENCE = /&(?:#x([0-9A-Fa-f]+)|#(\d+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};

/** XML text or an attribute value as it reads: entities and character references decoded. */
export function decodeXml(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(REFERENCE, (_match, hex?: string, decimal?: string, name?: string) => {
    if (name !== undefined) return NAMED[name]!;
    return String.fromCodePoint(hex !== undefined ? parseInt(hex, 16) : Number(decimal));
  });
}
