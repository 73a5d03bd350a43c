import fc from "fast-check";
import { normalizeText } from "../../../../src/core/text/normalizeText";
import { normalizeFully } from "../../../../src/core/text/internal/normalizeFully";

/** Pieces that stress the quick path of `normalizeText`: tones in both forms, invisibles, spaces. */
const PIECES = [
  "o",
  "O",
  "u",
  "U",
  "q",
  "Q",
  "a",
  "e",
  "y",
  "h",
  "n",
  "g",
  " ",
  "\t",
  "\u00A0",
  "\u202F",
  "à",
  "á",
  "ả",
  "ã",
  "ạ",
  "ậ",
  "ặ",
  "è",
  "é",
  "ẻ",
  "ẽ",
  "ẹ",
  "ệ",
  "ỳ",
  "ý",
  "ỷ",
  "ỹ",
  "ỵ",
  "À",
  "Ý",
  "Ỵ",
  "ơ",
  "ư",
  "ê",
  "â",
  "ă",
  "đ",
  "Đ",
  "\u0300",
  "\u0301",
  "\u0302",
  "\u0303",
  "\u0309",
  "\u0323",
  "\u031B",
  "\u200B",
  "\uFEFF",
  "\u2060",
  "\u212B",
  "\u2126",
  "\u0344",
  "\u1FED",
  "Hoà",
  "Thuý",
  "Khoẻ",
  "quý",
  "Hòa",
  "Tên đơn vị",
  "Trường THPT Tân Tây",
];

describe("normalizeText", () => {
  it("gives the same text as the full normalisation, whatever the text", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }), (pieces) => {
        const text = pieces.join("");
        expect(normalizeText(text)).toBe(normalizeFully(text));
      }),
      { numRuns: 5000 }
    );
  });

  it("gives the same text as the full normalisation for arbitrary Unicode", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        expect(normalizeText(text)).toBe(normalizeFully(text));
      }),
      { numRuns: 500 }
    );
  });

  it("still moves a tone written on the second vowel of a precomposed NFC text", () => {
    expect(normalizeText("Khánh Hoà")).toBe("Khánh Hòa");
    expect(normalizeText("Khánh Hoà")).not.toBe("Khánh Hoà");
  });

  it("turns the spaces of a text that needs nothing else into single spaces", () => {
    expect(normalizeText("  Trường\tTHPT\u00A0Tân  Tây ")).toBe("Trường THPT Tân Tây");
  });
});
