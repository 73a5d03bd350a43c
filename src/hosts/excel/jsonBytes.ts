/**
 * How many bytes `value` takes as JSON in UTF-8 (Vietnamese letters take 2–3 bytes each): how a
 * value adds to an Office.js request. Strings are measured without escaping, which is close
 * enough to keep a request under Excel on the web's limit.
 */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value) ?? "";
  let bytes = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00) {
      bytes += 4;
      index += 1;
    } else bytes += 3;
  }
  return bytes;
}
