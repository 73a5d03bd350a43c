import { crc32 } from "./crc32";
import { PackageError } from "./packageError";
import type { ZipEntry } from "./zipEntries";

const STORED = 0;
const DEFLATED = 8;
/** 1980-01-01 00:00, the MS-DOS epoch: the date Excel gives every entry of a workbook it saves. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const DOS_TIME = 0;
/** Bit 11: the entry's name is UTF-8. */
const UTF8_NAME = 0x0800;

const encoder = new TextEncoder();

/** What is used of Node's zlib: its own deflate, several times quicker than a web stream. */
interface NodeZlib {
  deflateRawSync(bytes: Uint8Array): Uint8Array;
  inflateRawSync(bytes: Uint8Array): Uint8Array;
}

/**
 * Node's zlib where this runs in Node (20.16 and later can hand it over without an import, so
 * the browser bundle does not try to carry it); null in a browser.
 */
function nodeZlib(): NodeZlib | null {
  const node = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const builtIn = node?.getBuiltinModule;
  return typeof builtIn === "function" ? (builtIn.call(node, "zlib") as NodeZlib) : null;
}

const zlib = nodeZlib();

async function deflated(bytes: Uint8Array): Promise<Uint8Array | null> {
  if (zlib !== null) return zlib.deflateRawSync(bytes);
  if (typeof CompressionStream !== "function") return null;
  return transformed(bytes, new CompressionStream("deflate-raw"));
}

async function inflated(bytes: Uint8Array): Promise<Uint8Array> {
  if (zlib !== null) return zlib.inflateRawSync(bytes);
  if (typeof DecompressionStream !== "function") {
    throw new PackageError("This platform cannot uncompress zip entries.");
  }
  return transformed(bytes, new DecompressionStream("deflate-raw"));
}

/** `bytes` through a compression or decompression stream (the platform's own zlib). */
async function transformed(
  bytes: Uint8Array,
  stream: CompressionStream | DecompressionStream
): Promise<Uint8Array> {
  const writer = stream.writable.getWriter();
  void writer.write(bytes as Uint8Array<ArrayBuffer>);
  void writer.close();
  return new Uint8Array(await new Response(stream.readable).arrayBuffer());
}

/**
 * A new zip entry holding `text` as UTF-8, deflated by Node's zlib or the browser's
 * `CompressionStream` (stored uncompressed on a platform with neither).
 */
export async function textEntry(name: string, text: string): Promise<ZipEntry> {
  const bytes = encoder.encode(text);
  const compressed = await deflated(bytes);
  return {
    name,
    nameBytes: encoder.encode(name),
    flags: UTF8_NAME,
    method: compressed === null ? STORED : DEFLATED,
    versionNeeded: 20,
    time: DOS_TIME,
    date: DOS_DATE,
    crc32: crc32(bytes),
    data: compressed ?? bytes,
    size: bytes.length,
    externalAttributes: 0,
  };
}

/** An entry's text, uncompressed and read as UTF-8. */
export async function entryText(entry: ZipEntry): Promise<string> {
  if (entry.method === STORED) return new TextDecoder().decode(entry.data);
  if (entry.method !== DEFLATED) {
    throw new PackageError(`The part ${entry.name} uses an unknown compression (${entry.method}).`);
  }
  return new TextDecoder().decode(await inflated(entry.data));
}
