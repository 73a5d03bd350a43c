import fc from "fast-check";
import { compareVietnamese } from "../../../src/core/text/compareVietnamese";
import { vietnameseComparator } from "../../../src/core/text/vietnameseComparator";

const nameArbitrary = fc
  .array(fc.constantFrom(..."AaĂăÂâĐđOoÔôƠơUuƯưHoàHòaThuýThúy  \t12 10-".split("")), {
    maxLength: 12,
  })
  .map((parts) => parts.join(""));

describe("vietnameseComparator", () => {
  it("orders names as compareVietnamese does", () => {
    const names = ["Khánh Hoà", "Cụm 10", "Ấp Bắc", "Khánh Hòa", "Cụm 2", "An Giang", "Đoàn"];
    expect([...names].sort(vietnameseComparator())).toEqual([...names].sort(compareVietnamese));
    expect([...names].sort(vietnameseComparator())).toEqual([
      "An Giang",
      "Ấp Bắc",
      "Cụm 2",
      "Cụm 10",
      "Đoàn",
      "Khánh Hoà",
      "Khánh Hòa",
    ]);
  });

  it("compares any two texts as compareVietnamese does, however often it is asked", () => {
    fc.assert(
      fc.property(fc.array(nameArbitrary, { maxLength: 20 }), (names) => {
        const compare = vietnameseComparator();
        for (const a of names) {
          for (const b of names) {
            expect(Math.sign(compare(a, b))).toBe(Math.sign(compareVietnamese(a, b)));
          }
        }
        expect([...names].sort(compare)).toEqual([...names].sort(compareVietnamese));
      })
    );
  });
});
