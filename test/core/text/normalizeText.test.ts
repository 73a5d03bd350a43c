import fc from "fast-check";
import { normalizeFully } from "../../../src/core/text/internal/normalizeFully";
import { normalizeText } from "../../../src/core/text/normalizeText";

describe("normalizeText", () => {
  it.each([
    ["Hoà", "Hòa"],
    ["Thuý", "Thúy"],
    ["Khoẻ", "Khỏe"],
    ["Thuỷ", "Thủy"],
    ["hoà", "hòa"],
    ["hoá", "hóa"],
    ["hoả", "hỏa"],
    ["hoã", "hõa"],
    ["hoạ", "họa"],
    ["khoè", "khòe"],
    ["khoé", "khóe"],
    ["khoẻ", "khỏe"],
    ["khoẽ", "khõe"],
    ["khoẹ", "khọe"],
    ["tuỳ", "tùy"],
    ["tuý", "túy"],
    ["tuỷ", "tủy"],
    ["tuỹ", "tũy"],
    ["tuỵ", "tụy"],
  ])("moves the tone mark of the open diphthong in %s to the first vowel", (oldStyle, modern) => {
    expect(normalizeText(oldStyle)).toBe(modern);
  });

  it.each([
    ["HOÀ", "HÒA"],
    ["THUỶ", "THỦY"],
    ["KHOẺ", "KHỎE"],
    ["HoÀ", "HòA"],
    ["UỶ BAN", "ỦY BAN"],
  ])("moves the mark in upper case %s too, keeping the case of each letter", (oldStyle, modern) => {
    expect(normalizeText(oldStyle)).toBe(modern);
  });

  it("moves marks throughout a sentence, before punctuation and at the end", () => {
    expect(normalizeText("Cộng hoà xã hội; Thanh Hoá, Khánh Hoà. Uỷ ban (Thuỷ)")).toBe(
      "Cộng hòa xã hội; Thanh Hóa, Khánh Hòa. Ủy ban (Thủy)"
    );
  });

  it.each([
    "hoàng",
    "Hoàng",
    "hoài",
    "ngoài",
    "toàn",
    "hoạch",
    "huyện",
    "thuyết",
    "khuỷu",
    "khuya",
    "ngoằn ngoèo",
    "quý",
    "quỷ",
    "quỳnh",
    "Quỳ",
    "QUÝ",
    "quà",
    "quả",
    "gìn giữ",
    "thuở",
    "Hòa",
    "Thúy",
  ])("leaves %s as it is", (word) => {
    expect(normalizeText(word)).toBe(word);
  });

  it("composes text typed in decomposed form (NFD)", () => {
    const decomposed = "Hội Liên hiệp Phụ nữ tỉnh".normalize("NFD");
    expect(decomposed).not.toBe("Hội Liên hiệp Phụ nữ tỉnh");
    expect(normalizeText(decomposed)).toBe("Hội Liên hiệp Phụ nữ tỉnh");
  });

  it("moves the mark of decomposed old-style text as well", () => {
    expect(normalizeText("Khánh Hoà".normalize("NFD"))).toBe("Khánh Hòa");
  });

  it("collapses tabs, line breaks, no-break and repeated spaces into one space and trims", () => {
    expect(normalizeText("\u00A0 Hội\t\tLHPN \u00A0 tỉnh\n\u202F")).toBe("Hội LHPN tỉnh");
    expect(normalizeText("Tên\r\nđơn vị")).toBe("Tên đơn vị");
  });

  it("removes zero-width spaces and byte-order marks", () => {
    expect(normalizeText("\uFEFFTỉnh\u200Bđoàn\u200B ")).toBe("Tỉnhđoàn");
  });

  it("keeps the case", () => {
    expect(normalizeText("LIÊN đoàn Lao Động")).toBe("LIÊN đoàn Lao Động");
  });

  it("gives an empty text for an empty or blank text", () => {
    expect(normalizeText("")).toBe("");
    expect(normalizeText(" \t\u00A0")).toBe("");
  });

  const onsets = [
    "",
    "h",
    "th",
    "kh",
    "x",
    "l",
    "t",
    "ng",
    "ch",
    "tr",
    "s",
    "d",
    "đ",
    "H",
    "Th",
    "KH",
  ];
  const diphthongs = [
    ["o", "a"],
    ["o", "e"],
    ["u", "y"],
    ["O", "A"],
    ["U", "Y"],
  ] as const;
  const tones = ["\u0300", "\u0301", "\u0303", "\u0309", "\u0323"];

  it("gives one form for both placements of every open diphthong", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...onsets),
        fc.constantFrom(...diphthongs),
        fc.constantFrom(...tones),
        (onset, pair, tone) => {
          const [first, second] = pair;
          const markOnSecond = `${onset}${first}${second}${tone}`.normalize("NFC");
          const markOnFirst = `${onset}${first}${tone}${second}`.normalize("NFC");
          expect(normalizeText(markOnSecond)).toBe(markOnFirst);
          expect(normalizeText(markOnFirst)).toBe(markOnFirst);
        }
      )
    );
  });

  it("is idempotent and returns NFC text", () => {
    const vietnamese = fc.constantFrom(..."aăâeêioôơuưyđqhgnAOUYQ \t\u00A0.,-".split(""), ...tones);
    fc.assert(
      fc.property(
        fc.array(vietnamese, { maxLength: 20 }).map((chars) => chars.join("")),
        (text) => {
          const once = normalizeText(text);
          expect(normalizeText(once)).toBe(once);
          expect(once.normalize("NFC")).toBe(once);
        }
      )
    );
  });
});

describe("normalizeText of text already in form", () => {
  const chars = fc.constantFrom(
    ..."Đơn vịoOuUàÀáảãạậặèéẻẽẹệỳýỷỹỵaeyAEYqQ09.,-()ßÿĀɏẠỹ  \t\u00A0\u0301\u200B".split("")
  );

  it("gives what the full work gives, for any mix of letters, marks and spaces", () => {
    fc.assert(
      fc.property(
        fc.array(chars, { maxLength: 16 }).map((parts) => parts.join("")),
        (text) => {
          expect(normalizeText(text)).toBe(normalizeFully(text));
        }
      )
    );
  });

  it("gives the same text back for a name in form", () => {
    expect(normalizeText("Đơn vị 12")).toBe("Đơn vị 12");
    expect(normalizeText("Ủy ban MTTQ tỉnh Khánh Hòa")).toBe("Ủy ban MTTQ tỉnh Khánh Hòa");
    expect(normalizeText("Khánh Hoà")).toBe("Khánh Hòa");
    expect(normalizeText(" Đơn vị")).toBe("Đơn vị");
    expect(normalizeText("Đơn  vị")).toBe("Đơn vị");
  });
});
