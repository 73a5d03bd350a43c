import {
  decodeTcvn3,
  isTcvn3Character,
  isTcvn3Symbol,
} from "../../../../src/core/text/internal/tcvn3";
import { decodeVni, isVniCharacter } from "../../../../src/core/text/internal/vni";

describe("decodeTcvn3", () => {
  it.each([
    ["Héi Liªn hiÖp Phô n÷ tØnh", "Hội Liên hiệp Phụ nữ tỉnh"],
    ["Céng hßa x· héi chñ nghÜa ViÖt Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam"],
    ["§éc lËp - Tù do - H¹nh phóc", "Độc lập - Tự do - Hạnh phúc"],
    ["¡ ¢ £ ¤ ¥ ¦ §", "Ă Â Ê Ô Ơ Ư Đ"],
    ["n\u00ADíc", "nước"],
    ["Hội", "Hội"],
  ])("reads %p as %p", (garbled, text) => {
    expect(decodeTcvn3(garbled)).toBe(text);
  });

  it("tells TCVN3 characters and symbols from others", () => {
    expect(isTcvn3Character("ª")).toBe(true);
    expect(isTcvn3Character("a")).toBe(false);
    expect(isTcvn3Character("à")).toBe(false);
    expect(isTcvn3Symbol("®")).toBe(true);
    expect(isTcvn3Symbol("é")).toBe(false);
  });
});

describe("decodeVni", () => {
  it.each([
    ["Hoäi Lieân hieäp Phuï nöõ tænh", "Hội Liên hiệp Phụ nữ tỉnh", 5],
    ["COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 6],
    ["Ñoäc laäp - Töï do - Haïnh phuùc", "Độc lập - Tự do - Hạnh phúc", 5],
    ["aê aè aé aú aü aë", "ă ằ ắ ẳ ẵ ặ", 6],
    ["ôø ñ Ñ î", "ờ đ Đ ỵ", 1],
  ])("reads %p as %p", (garbled, text, pairs) => {
    expect(decodeVni(garbled)).toEqual({ text, pairs });
  });

  it("leaves a mark byte with no letter before it as it is", () => {
    expect(decodeVni("ø")).toEqual({ text: "ø", pairs: 0 });
  });

  it("tells VNI characters from others", () => {
    expect(isVniCharacter("ä")).toBe(true);
    expect(isVniCharacter("ñ")).toBe(true);
    expect(isVniCharacter("a")).toBe(false);
    expect(isVniCharacter("ạ")).toBe(false);
  });
});
