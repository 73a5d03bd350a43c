import fc from "fast-check";
import { compareVietnamese } from "../../../src/core/text/compareVietnamese";
import { normalizeText } from "../../../src/core/text/normalizeText";

describe("compareVietnamese", () => {
  it.each([
    ["Dương", "Đà Nẵng"],
    ["Anh", "Ấp"],
    ["Anh", "Ăn"],
    ["Ăn", "Ấp"],
    ["Ong", "Ôn"],
    ["Ông", "Ơn"],
    ["Uyên", "Ưng"],
    ["Em", "Êm"],
  ])("sorts %s before %s", (first, second) => {
    expect(compareVietnamese(first, second)).toBeLessThan(0);
    expect(compareVietnamese(second, first)).toBeGreaterThan(0);
  });

  it("sorts unit names in Vietnamese alphabetical order", () => {
    const units = [
      "Tỉnh đoàn",
      "Đoàn Luật sư",
      "Ủy ban MTTQ tỉnh",
      "Hội Nông dân tỉnh",
      "Dân tộc",
      "Ấp Bắc",
      "An Giang",
      "Ơn nghĩa",
      "Ông Ích Khiêm",
    ];
    expect([...units].sort(compareVietnamese)).toEqual([
      "An Giang",
      "Ấp Bắc",
      "Dân tộc",
      "Đoàn Luật sư",
      "Hội Nông dân tỉnh",
      "Ông Ích Khiêm",
      "Ơn nghĩa",
      "Tỉnh đoàn",
      "Ủy ban MTTQ tỉnh",
    ]);
  });

  it("treats both tone-mark placements and both Unicode forms as equal", () => {
    expect(compareVietnamese("Khánh Hoà", "Khánh Hòa")).toBe(0);
    expect(compareVietnamese("Hội LHPN".normalize("NFD"), "Hội LHPN")).toBe(0);
    expect(compareVietnamese(" Hội  LHPN ", "Hội LHPN")).toBe(0);
  });

  it("compares numbers inside names by value", () => {
    expect(compareVietnamese("Cụm 2", "Cụm 10")).toBeLessThan(0);
  });

  it("orders texts that differ only in case the same way whatever the input order", () => {
    const sortedOnce = ["hội", "Hội", "HỘI"].sort(compareVietnamese);
    const sortedReversed = ["HỘI", "Hội", "hội"].sort(compareVietnamese);
    expect(sortedOnce).toEqual(sortedReversed);
  });

  const text = fc.string({
    unit: fc.constantFrom(..."aăâdđoôơAĂÂDĐOÔƠ àáạ1 2".split("")),
    maxLength: 6,
  });

  it("is a proper comparator: reflexive, antisymmetric and transitive", () => {
    fc.assert(
      fc.property(text, text, text, (a, b, c) => {
        expect(compareVietnamese(a, a)).toBe(0);
        expect(Math.sign(compareVietnamese(a, b))).toBe(-Math.sign(compareVietnamese(b, a)) || 0);
        if (compareVietnamese(a, b) <= 0 && compareVietnamese(b, c) <= 0) {
          expect(compareVietnamese(a, c)).toBeLessThanOrEqual(0);
        }
      })
    );
  });

  it("returns 0 exactly when the normalised texts are equal", () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(compareVietnamese(a, b) === 0).toBe(normalizeText(a) === normalizeText(b));
      })
    );
  });
});
