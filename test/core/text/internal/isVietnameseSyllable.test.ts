import { isVietnameseSyllable } from "../../../../src/core/text/internal/isVietnameseSyllable";

describe("isVietnameseSyllable", () => {
  it.each([
    "a",
    "ơ",
    "y",
    "Hội",
    "liên",
    "hiệp",
    "phụ",
    "nữ",
    "tỉnh",
    "nghiêng",
    "người",
    "khuỷu",
    "khuya",
    "quý",
    "quỳnh",
    "quyết",
    "quốc",
    "gìn",
    "giữ",
    "ngoằn",
    "ngoèo",
    "hoà",
    "hòa",
    "thuỷ",
    "thủy",
    "xoong",
    "thuở",
    "rượu",
    "gửi",
    "yêu",
    "uyên",
    "khuếch",
    "huỳnh",
    "học",
    "hát",
    "ĐỒNG",
    "Đắk",
  ])("accepts %p", (word) => {
    expect(isVietnameseSyllable(word)).toBe(true);
  });

  it("accepts decomposed (NFD) syllables", () => {
    expect(isVietnameseSyllable("nghiệp".normalize("NFD"))).toBe(true);
  });

  it.each([
    ["", "empty"],
    ["Müller", "foreign letters"],
    ["ñu", "a tone mark on a consonant"],
    ["héi", "no such rhyme"],
    ["hôc", "a stop final without sắc or nặng"],
    ["hòc", "a stop final with huyền"],
    ["hoàá", "two tone marks"],
    ["Liªn", "a symbol inside"],
    ["tØnh", "a Latin-1 letter"],
    ["LHPN", "no vowel"],
    ["ămn", "no such rhyme"],
    ["fan", "no such consonant"],
  ])("refuses %p (%s)", (word) => {
    expect(isVietnameseSyllable(word)).toBe(false);
  });
});
