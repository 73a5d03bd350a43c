/**
 * The first row of each name key, for finding a unit listed twice among thousands of rows. An
 * open-addressing table of row numbers sized once for the rows: no entry object per key and no
 * growing, where a `Map` of 10,000 keys took about a twentieth of a NOMINATE call.
 */
export class FirstRows {
  /** Per slot, the row whose key hashed there (or after it), or -1. */
  private readonly slots: Int32Array;
  /** Each recorded row's key, by row. */
  private readonly keys: string[];
  private readonly mask: number;

  /** A table for rows 0…`count` − 1. */
  constructor(count: number) {
    // At most half full, so that a search stops soon at an empty slot.
    let size = 16;
    while (size < count * 2) size *= 2;
    this.slots = new Int32Array(size).fill(-1);
    this.mask = size - 1;
    this.keys = new Array<string>(count);
  }

  /** The row that had `key` first; when none did, `row` is recorded for it and -1 returned. */
  claim(key: string, row: number): number {
    for (let slot = hash(key) & this.mask; ; slot = (slot + 1) & this.mask) {
      const held = this.slots[slot]!;
      if (held < 0) {
        this.slots[slot] = row;
        this.keys[row] = key;
        return -1;
      }
      if (this.keys[held] === key) return held;
    }
  }
}

/** FNV-1a over the UTF-16 code units. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    value = Math.imul(value ^ text.charCodeAt(index), 0x01000193);
  }
  return value;
}
