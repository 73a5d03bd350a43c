/**
 * Draws the add-in's ribbon icons (a yellow five-pointed star on red, like an emulation flag)
 * as PNG files in assets/. Run once; the PNGs are committed.
 */
import { writeFileSync } from "fs";
import { join } from "path";
import { deflateSync } from "zlib";

const SIZES = [16, 32, 64, 80, 128];
const RED = [218, 37, 29];
const YELLOW = [255, 205, 0];

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** True when (x, y) lies inside a five-pointed star centred in a unit square. */
function insideStar(x: number, y: number): boolean {
  const points: [number, number][] = [];
  for (let i = 0; i < 10; i++) {
    const radius = i % 2 === 0 ? 0.4 : 0.16;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push([0.5 + radius * Math.cos(angle), 0.53 + radius * Math.sin(angle)]);
  }
  let inside = false;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [xi, yi] = points[i]!;
    const [xj, yj] = points[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function drawIcon(size: number): Buffer {
  const raw = Buffer.alloc(size * (size * 3 + 1));
  for (let row = 0; row < size; row++) {
    raw[row * (size * 3 + 1)] = 0;
    for (let col = 0; col < size; col++) {
      const colour = insideStar((col + 0.5) / size, (row + 0.5) / size) ? YELLOW : RED;
      colour.forEach(
        (value, channel) => (raw[row * (size * 3 + 1) + 1 + col * 3 + channel] = value)
      );
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour RGB
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

for (const size of SIZES) {
  writeFileSync(join(__dirname, "..", "assets", `icon-${size}.png`), drawIcon(size));
}
