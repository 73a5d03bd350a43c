/**
 * The A1 address of a cell from its 1-based row and column: (12, 6) → "F12", (3, 27) → "AA3".
 * Rows and columns below 1 are a programmer error and are clamped to 1.
 */
export function cellAddress(row: number, column: number): string {
  let remaining = Math.max(1, Math.floor(column));
  let letters = "";
  while (remaining > 0) {
    const digit = (remaining - 1) % 26;
    letters = String.fromCharCode(65 + digit) + letters;
    remaining = Math.floor((remaining - 1) / 26);
  }
  return `${letters}${Math.max(1, Math.floor(row))}`;
}

/**
 * A sheet name as Excel writes it in a reference: bare when it is a plain identifier
 * (letters, digits, `_`, `.`, not starting with a digit and not looking like a cell address),
 * otherwise in apostrophes with each apostrophe doubled: `Chấm điểm` → `'Chấm điểm'`.
 */
export function quotedSheetName(sheet: string): string {
  const plain =
    /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) &&
    !/^[A-Za-z]{1,3}\d+$/.test(sheet) &&
    !/^R\d*C\d*$/i.test(sheet);
  return plain ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** A cell's full reference for messages: `'Chấm điểm'!F12`, `Units!B3`. */
export function qualifiedAddress(sheet: string, row: number, column: number): string {
  return `${quotedSheetName(sheet)}!${cellAddress(row, column)}`;
}
