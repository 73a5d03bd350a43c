/** The CRC-32 table (IEEE 802.3, reflected), made when first needed. */
let table: Int32Array | null = null;

function crcTable(): Int32Array {
  const made = new Int32Array(256);
  for (let byte = 0; byte < 256; byte++) {
    let value = byte;
    for (let bit = 0; bit < 8; bit++) value = value & 1 ? 0xedb88320 ^ (value >>> 1) : value >>> 1;
    made[byte] = value;
  }
  return made;
}

/** The CRC-32 of `bytes`, as a zip entry records it (an unsigned 32-bit number). */
export function crc32(bytes: Uint8Array): number {
  const lookup = (table ??= crcTable());
  let crc = -1;
  for (let index = 0; index < bytes.length; index++) {
    crc = lookup[(crc ^ bytes[index]!) & 0xff]! ^ (crc >>> 8);
  }
  return (crc ^ -1) >>> 0;
}
