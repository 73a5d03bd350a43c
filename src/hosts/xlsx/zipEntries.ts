import { PackageError } from "./packageError";

/** One file of a zip archive, its data as stored (compressed or not). */
export interface ZipEntry {
  readonly name: string;
  /** The name as the archive spells it, kept so a copied entry is named exactly as before. */
  readonly nameBytes: Uint8Array;
  /** General purpose flags (bit 11: the name is UTF-8). */
  readonly flags: number;
  /** 0: stored; 8: deflated. */
  readonly method: number;
  readonly versionNeeded: number;
  /** MS-DOS time and date. */
  readonly time: number;
  readonly date: number;
  readonly crc32: number;
  /** The bytes as stored: compressed with `method`. */
  readonly data: Uint8Array;
  /** The size of the data once uncompressed. */
  readonly size: number;
  readonly externalAttributes: number;
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** A 32-bit field at this value (or a 16-bit one at 0xFFFF) says the real value is in Zip64 fields. */
const ZIP64_MARK = 0xffffffff;
const ENCRYPTED = 0x0001;

const utf8 = new TextDecoder("utf-8");

function endOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes, followed by a comment of at most 65,535.
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - 0xffff; at--) {
    if (view.getUint32(at, true) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  throw new PackageError("Not a zip archive: no end of central directory.");
}

/**
 * The entries of a zip archive, in the order of its central directory, each with its stored
 * data as a view into `bytes` (nothing is copied or uncompressed). Throws a `PackageError` for a
 * damaged archive, an encrypted entry or a Zip64 archive (over 4 GB or 65,535 entries, which no
 * workbook reaches).
 */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = endOfCentralDirectory(view);
  const count = view.getUint16(end + 10, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (count === 0xffff || directoryOffset === ZIP64_MARK) {
    throw new PackageError("Zip64 archives are not supported.");
  }
  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  for (let index = 0; index < count; index++) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL_HEADER) {
      throw new PackageError("A damaged zip central directory.");
    }
    const flags = view.getUint16(at + 8, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localOffset = view.getUint32(at + 42, true);
    if (compressedSize === ZIP64_MARK || size === ZIP64_MARK || localOffset === ZIP64_MARK) {
      throw new PackageError("Zip64 entries are not supported.");
    }
    if (flags & ENCRYPTED) throw new PackageError("Encrypted zip entries are not supported.");
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    if (localOffset + 30 > bytes.length || view.getUint32(localOffset, true) !== LOCAL_HEADER) {
      throw new PackageError("A zip entry without its local header.");
    }
    const dataStart =
      localOffset +
      30 +
      view.getUint16(localOffset + 26, true) +
      view.getUint16(localOffset + 28, true);
    if (dataStart + compressedSize > bytes.length) throw new PackageError("A truncated zip entry.");
    entries.push({
      name: utf8.decode(nameBytes),
      nameBytes,
      flags,
      method: view.getUint16(at + 10, true),
      versionNeeded: view.getUint16(at + 6, true),
      time: view.getUint16(at + 12, true),
      date: view.getUint16(at + 14, true),
      crc32: view.getUint32(at + 16, true),
      data: bytes.subarray(dataStart, dataStart + compressedSize),
      size,
      externalAttributes: view.getUint32(at + 38, true),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
