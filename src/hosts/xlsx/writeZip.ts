import type { ZipEntry } from "./zipEntries";

/** Bit 3: sizes and CRC follow the data. Cleared: they are written in the header. */
const DATA_DESCRIPTOR = 0x0008;
/** Made by "MS-DOS" (0), zip 2.0: what Excel writes. */
const VERSION_MADE_BY = 20;

/**
 * The fields local and central headers share, from "version needed" to the name's length, at
 * `at` (the local header's offset 4, the central header's 6).
 */
function writeSharedFields(view: DataView, at: number, entry: ZipEntry): void {
  view.setUint16(at, entry.versionNeeded, true);
  view.setUint16(at + 2, entry.flags & ~DATA_DESCRIPTOR, true);
  view.setUint16(at + 4, entry.method, true);
  view.setUint16(at + 6, entry.time, true);
  view.setUint16(at + 8, entry.date, true);
  view.setUint32(at + 10, entry.crc32, true);
  view.setUint32(at + 14, entry.data.length, true);
  view.setUint32(at + 18, entry.size, true);
  view.setUint16(at + 22, entry.nameBytes.length, true);
}

/**
 * A zip archive of `entries`, in order: each entry's stored data as it is, with its CRC and sizes
 * in its headers (so no data descriptors), and no extra fields or comments.
 */
export function writeZip(entries: readonly ZipEntry[]): Uint8Array {
  let localSize = 0;
  let directorySize = 0;
  for (const entry of entries) {
    localSize += 30 + entry.nameBytes.length + entry.data.length;
    directorySize += 46 + entry.nameBytes.length;
  }
  const bytes = new Uint8Array(localSize + directorySize + 22);
  const view = new DataView(bytes.buffer);
  const offsets: number[] = [];
  let at = 0;
  for (const entry of entries) {
    offsets.push(at);
    view.setUint32(at, 0x04034b50, true);
    writeSharedFields(view, at + 4, entry);
    bytes.set(entry.nameBytes, at + 30);
    bytes.set(entry.data, at + 30 + entry.nameBytes.length);
    at += 30 + entry.nameBytes.length + entry.data.length;
  }
  const directoryStart = at;
  entries.forEach((entry, index) => {
    view.setUint32(at, 0x02014b50, true);
    view.setUint16(at + 4, VERSION_MADE_BY, true);
    writeSharedFields(view, at + 6, entry);
    // Extra field, comment, disk number and internal attributes: all zero.
    view.setUint32(at + 38, entry.externalAttributes, true);
    view.setUint32(at + 42, offsets[index]!, true);
    bytes.set(entry.nameBytes, at + 46);
    at += 46 + entry.nameBytes.length;
  });
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, at - directoryStart, true);
  view.setUint32(at + 16, directoryStart, true);
  return bytes;
}
