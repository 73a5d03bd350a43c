const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;

/** A date as the two 16-bit MS-DOS fields a zip entry stores: [time, date]. */
function dosDateTime(date: Date): [number, number] {
  const time =
    (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2);
  const day =
    ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  return [time, day];
}

/**
 * Sets the modification time of every entry of a zip package (an `.xlsx`) to `date`, in both the
 * local headers and the central directory, so the same content gives the same bytes whenever it
 * is written (exceljs stamps entries with the current time). Throws on a package it cannot walk.
 */
export function fixZipTimestamps(bytes: Uint8Array, date: Date): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const [time, day] = dosDateTime(date);
  let end = out.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== END_OF_CENTRAL_DIRECTORY) end -= 1;
  if (end < 0) throw new Error("fixZipTimestamps: no end of central directory");
  const entries = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  for (let entry = 0; entry < entries; entry += 1) {
    if (view.getUint32(offset, true) !== CENTRAL_HEADER)
      throw new Error("fixZipTimestamps: bad central directory");
    view.setUint16(offset + 12, time, true);
    view.setUint16(offset + 14, day, true);
    const local = view.getUint32(offset + 42, true);
    if (view.getUint32(local, true) !== LOCAL_HEADER)
      throw new Error("fixZipTimestamps: bad local header");
    view.setUint16(local + 10, time, true);
    view.setUint16(local + 12, day, true);
    offset +=
      46 +
      view.getUint16(offset + 28, true) +
      view.getUint16(offset + 30, true) +
      view.getUint16(offset + 32, true);
  }
  return out;
}
