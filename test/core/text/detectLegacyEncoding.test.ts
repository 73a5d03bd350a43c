import fc from "fast-check";
import { detectLegacyEncoding } from "../../../src/core/text/detectLegacyEncoding";

/** Each pair: the text as a TCVN3 (.VnTime) font stores it, read as Unicode; and what it says. */
const TCVN3: ReadonlyArray<readonly [string, string]> = [
  ["Héi Liªn hiÖp Phô n÷ tØnh", "Hội Liên hiệp Phụ nữ tỉnh"],
  ["Céng hßa x· héi chñ nghÜa ViÖt Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam"],
  ["§éc lËp - Tù do - H¹nh phóc", "Độc lập - Tự do - Hạnh phúc"],
  ["Tªn ®¬n vÞ", "Tên đơn vị"],
  ["Liªn ®oµn Lao ®éng tØnh", "Liên đoàn Lao động tỉnh"],
  ["Héi N«ng d©n tØnh", "Hội Nông dân tỉnh"],
  ["Héi Cùu chiÕn binh tØnh", "Hội Cựu chiến binh tỉnh"],
  ["B¶ng tæng hîp kÕt qu¶ chÊm ®iÓm", "Bảng tổng hợp kết quả chấm điểm"],
  ["Hoµn thµnh xuÊt s¾c nhiÖm vô", "Hoàn thành xuất sắc nhiệm vụ"],
  ["Danh s¸ch ®Ò nghÞ khen th\u00ADëng", "Danh sách đề nghị khen thưởng"],
  ["Khèi thi ®ua", "Khối thi đua"],
];

/** Each pair: the text as a VNI font stores it, read as Unicode; and what it says. */
const VNI: ReadonlyArray<readonly [string, string]> = [
  ["Hoäi Lieân hieäp Phuï nöõ tænh", "Hội Liên hiệp Phụ nữ tỉnh"],
  ["COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
  ["Ñoäc laäp - Töï do - Haïnh phuùc", "Độc lập - Tự do - Hạnh phúc"],
  ["Teân ñôn vò", "Tên đơn vị"],
  ["Lieân ñoaøn Lao ñoäng tænh", "Liên đoàn Lao động tỉnh"],
  ["Hoäi Noâng daân tænh", "Hội Nông dân tỉnh"],
  ["Hoäi Cöïu chieán binh tænh", "Hội Cựu chiến binh tỉnh"],
  ["Baûng toång hôïp keát quaû chaám ñieåm", "Bảng tổng hợp kết quả chấm điểm"],
  ["Hoaøn thaønh xuaát saéc nhieäm vuï", "Hoàn thành xuất sắc nhiệm vụ"],
  ["Danh saùch ñeà nghò khen thöôûng", "Danh sách đề nghị khen thưởng"],
];

const VIETNAMESE = [
  "Hội Liên hiệp Phụ nữ tỉnh",
  "Ủy ban MTTQ tỉnh, Liên đoàn Lao động tỉnh, Tỉnh đoàn, Hội Nông dân tỉnh, Hội Cựu chiến binh tỉnh",
  "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM — Độc lập - Tự do - Hạnh phúc",
  "Khánh Hoà, Thanh Hoá, Thuỷ lợi, Uỷ ban, khoẻ mạnh",
  "Nguyễn Thị Thúy Hòa; Ngô Bảo Châu; Trần Quốc Toản; Phạm Quỳnh",
  "Quỳnh Lưu, Quý Hợp, khuỷu tay, ngoằn ngoèo, khuya khoắt, thuở xưa, hươu nai, rượu, gửi, giữ gìn",
  "Ô-xtrây-li-a, Xô-viết, ô tô, cà phê",
  "Tỉnh Đắk Lắk, Đắk Nông, Kon Tum",
  "Bảng tổng hợp kết quả chấm điểm năm 2025: Tự chấm | Khối chấm | Điểm thưởng | Điểm trừ",
  "Before the year-end review each unit scores itself (tự chấm); the bloc then scores every unit (khối chấm).",
  "Tên đơn vị".normalize("NFD"),
  "Hội Liên hiệp Phụ nữ tỉnh Khánh Hoà".normalize("NFD"),
];

const ENGLISH = [
  "Scoring table",
  "The quick brown fox jumps over the lazy dog.",
  "Total, rank, grade and ties marked",
  "Ten don vi",
];

const WESTERN = [
  "Müller",
  "Señor",
  "Ngô Bảo Châu",
  "François Mitterrand",
  "José Peña",
  "Søren Kierkegaard",
  "Björk Guðmundsdóttir",
  "Straße für Bäcker",
  "Noël",
  "Ångström",
  "Crème brûlée à la française",
  "São Paulo",
  "Mañana será otro día",
  "Ich möchte gerne Käse",
  "Ça va très bien, merci",
  "Não há açúcar no café",
  "Ole Gunnar Solskjær",
  "Jürgen Klinsmann, Thomas Müller und Mesut Özil",
  "Köln, Düsseldorf, Zürich, Genève",
  "El niño y la niña comen piñas",
  "Sí, señor",
  "« Bonjour »",
  "2 × 3 ÷ 4 ± 1 °C µm",
  "Ông Müller và bà Peña đến Hà Nội",
  "Độ dày 5 µm",
];

describe("detectLegacyEncoding", () => {
  it.each(TCVN3)("recognises TCVN3 text %p (%s)", (garbled) => {
    expect(detectLegacyEncoding(garbled)).toBe("tcvn3");
  });

  it.each(VNI)("recognises VNI text %p (%s)", (garbled) => {
    expect(detectLegacyEncoding(garbled)).toBe("vni");
  });

  it("recognises legacy text inside a longer cell with numbers and punctuation", () => {
    expect(detectLegacyEncoding("1. Héi LHPN tØnh: 985,5 ®iÓm (xÕp thø 1)")).toBe("tcvn3");
    expect(detectLegacyEncoding("1. Hoäi LHPN tænh: 985,5 ñieåm (xeáp thöù 1)")).toBe("vni");
  });

  it.each(VIETNAMESE)("returns null for ordinary Vietnamese text %p", (text) => {
    expect(detectLegacyEncoding(text)).toBeNull();
  });

  it.each(ENGLISH)("returns null for English text %p", (text) => {
    expect(detectLegacyEncoding(text)).toBeNull();
  });

  it.each(WESTERN)("returns null for Western European names and text %p", (text) => {
    expect(detectLegacyEncoding(text)).toBeNull();
  });

  it("returns null for empty and blank text", () => {
    expect(detectLegacyEncoding("")).toBeNull();
    expect(detectLegacyEncoding(" \t ")).toBeNull();
  });

  it("returns null for a single ambiguous word, to keep false alarms rare", () => {
    // "Tæng" is "Tổng" in TCVN3, but one plain Latin-1 letter is weak evidence on its own.
    expect(detectLegacyEncoding("Tæng")).toBeNull();
  });

  it("returns null for any text made of genuine Vietnamese words", () => {
    const words = VIETNAMESE.join(" ")
      .split(/[\s,;:.|()—-]+/)
      .filter((word) => word !== "");
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 12 }),
        (chosen) => {
          expect(detectLegacyEncoding(chosen.join(" "))).toBeNull();
        }
      )
    );
  });
});
