/**
 * Whether `bytes` hold `text` anywhere, as Latin-1 bytes or, with `utf16`, as UTF-16LE (how OLE
 * compound files store stream names). A plain scan: the texts looked for are short.
 */
export function bytesHold(bytes: Uint8Array, text: string, utf16 = false): boolean {
  const needle = Uint8Array.from(
    [...text].flatMap((char) => (utf16 ? [char.charCodeAt(0), 0] : [char.charCodeAt(0)]))
  );
  const first = needle[0] ?? 0;
  const last = bytes.length - needle.length;
  for (
    let start = bytes.indexOf(first);
    start >= 0 && start <= last;
    start = bytes.indexOf(first, start + 1)
  ) {
    let index = 1;
    while (index < needle.length && bytes[start + index] === needle[index]) index += 1;
    if (index === needle.length) return true;
  }
  return false;
}
