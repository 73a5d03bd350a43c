import fc from "fast-check";
import type { Language } from "../../../../src/core/localized";
import { formatNumber, formatShare } from "../../../../src/core/nomination/internal/format";

/** How `formatNumber` wrote every number before it learnt to write them from integers. */
function formatNumberFromString(value: number, language: Language): string {
  const rounded = Math.round(value * 100) / 100;
  const [whole = "0", fraction] = Math.abs(rounded).toString().split(".");
  const group = language === "vi" ? "." : ",";
  const decimal = language === "vi" ? "," : ".";
  const grouped = whole.length <= 3 ? whole : whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${rounded < 0 ? "-" : ""}${grouped}${fraction === undefined ? "" : decimal + fraction}`;
}

const languageArbitrary = fc.constantFrom<Language>("vi", "en");

describe("formatNumber", () => {
  it.each([
    [985.5, "vi", "985,5"],
    [985.5, "en", "985.5"],
    [1000, "vi", "1.000"],
    [1000, "en", "1,000"],
    [1234567.891, "vi", "1.234.567,89"],
    [0.05, "vi", "0,05"],
    [-12.5, "en", "-12.5"],
    [-0.001, "vi", "0"],
    [2 / 3, "en", "0.67"],
    [100, "vi", "100"],
  ] as const)("writes %d in %s as %s", (value, language, text) => {
    expect(formatNumber(value, language)).toBe(text);
  });

  it("writes numbers of any size as String() does, for NaN and infinities too", () => {
    expect(formatNumber(NaN, "vi")).toBe("NaN");
    expect(formatNumber(Infinity, "en")).toBe("Infinity");
    expect(formatNumber(-Infinity, "vi")).toBe("-Infinity");
    expect(formatNumber(5e21, "en")).toBe(formatNumberFromString(5e21, "en"));
  });

  it("gives the same text as writing the rounded number with String(), for any number", () => {
    const hundredths = fc.integer({ min: -1e12, max: 1e12 }).map((value) => value / 100);
    const anyDouble = fc.double({ noNaN: false });
    const nearHalves = fc
      .tuple(fc.integer({ min: -100_000, max: 100_000 }), fc.constantFrom(0.005, 0.0049999, 0.015))
      .map(([whole, part]) => whole / 100 + part);
    fc.assert(
      fc.property(
        fc.oneof(hundredths, anyDouble, nearHalves),
        languageArbitrary,
        (value, language) => {
          expect(formatNumber(value, language)).toBe(formatNumberFromString(value, language));
        }
      ),
      { numRuns: 5000 }
    );
  });
});

describe("formatShare", () => {
  it("writes a share as a percentage with one decimal at most", () => {
    expect(formatShare(2 / 3, "vi")).toBe("66,7%");
    expect(formatShare(0.8, "en")).toBe("80%");
  });
});
