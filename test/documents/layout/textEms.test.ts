import { characterEms, codePointEms, textEms } from "../../../src/documents/layout/textEms";

describe("textEms", () => {
  it("gives nothing for an empty text", () => {
    expect(textEms("")).toBe(0);
  });

  it("counts spaces a quarter, digits and lower-case letters half, capitals wider", () => {
    expect(textEms(" ")).toBe(0.25);
    expect(textEms("7")).toBe(0.5);
    expect(textEms("a")).toBe(0.5);
    expect(textEms("A")).toBe(0.72);
  });

  it("treats Vietnamese letters by their case, and punctuation as narrow", () => {
    expect(textEms("Đ")).toBe(0.72);
    expect(textEms("ữ")).toBe(0.5);
    expect(textEms(".")).toBe(0.35);
  });

  it("adds up the characters of a text, the same on every call", () => {
    const first = textEms("Hội Nông dân 2025");
    expect(first).toBeCloseTo(
      0.72 + 0.5 * 2 + 0.25 + 0.72 + 0.5 * 3 + 0.25 + 0.5 * 3 + 0.25 + 0.5 * 4
    );
    expect(textEms("Hội Nông dân 2025")).toBe(first);
  });

  it("counts a character outside the basic plane once, not as two halves", () => {
    expect([0.25, 0.35, 0.5, 0.72]).toContain(textEms("𝐀"));
  });

  it("measures one character as the text of that character", () => {
    for (const character of ["a", "Ơ", "9", " ", "-"]) {
      expect(characterEms(character)).toBe(textEms(character));
    }
  });

  it("measures a character by its code point as by the character itself", () => {
    for (const character of ["a", "Ơ", "9", " ", "𝐀"]) {
      expect(codePointEms(character.codePointAt(0)!)).toBe(characterEms(character));
    }
  });

  it("counts a lone surrogate as one narrow character", () => {
    expect(textEms("\ud835")).toBe(0.35);
    expect(textEms("a\ud835b")).toBe(0.5 + 0.35 + 0.5);
  });
});
