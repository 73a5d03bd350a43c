import fc from "fast-check";
import { FirstRows } from "../../src/functions/internal/firstRows";

describe("FirstRows", () => {
  it("records the first row of a key and names it when the key comes again", () => {
    const rows = new FirstRows(5);
    expect(rows.claim("đơn vị a", 0)).toBe(-1);
    expect(rows.claim("đơn vị b", 1)).toBe(-1);
    expect(rows.claim("đơn vị a", 3)).toBe(0);
    // The later row is not recorded: the first one stays the answer.
    expect(rows.claim("đơn vị a", 4)).toBe(0);
    expect(rows.claim("đơn vị b", 2)).toBe(1);
  });

  it("tells keys apart that differ only by a tone mark or by case", () => {
    const rows = new FirstRows(4);
    expect(rows.claim("hòa", 0)).toBe(-1);
    expect(rows.claim("hoà", 1)).toBe(-1);
    expect(rows.claim("Hòa", 2)).toBe(-1);
    expect(rows.claim("hòa", 3)).toBe(0);
  });

  it("holds 10,000 keys, each found again", () => {
    const count = 10_000;
    const rows = new FirstRows(count);
    for (let row = 0; row < count; row++) expect(rows.claim(`đơn vị ${row + 1}`, row)).toBe(-1);
    for (let row = 0; row < count; row++) expect(rows.claim(`đơn vị ${row + 1}`, row)).toBe(row);
  });

  it("answers as a map from each key to its first row would, for any keys", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 4 }), { maxLength: 200 }), (keys) => {
        const rows = new FirstRows(keys.length);
        const first = new Map<string, number>();
        keys.forEach((key, row) => {
          const expected = first.get(key) ?? -1;
          if (expected < 0) first.set(key, row);
          expect(rows.claim(key, row)).toBe(expected);
        });
      })
    );
  });
});
