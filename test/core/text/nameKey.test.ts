import fc from "fast-check";
import { nameKey } from "../../../src/core/text/nameKey";

describe("nameKey", () => {
  it("gives one key for names differing in case, spacing and Unicode form", () => {
    const expected = "hội lhpn tỉnh";
    expect(nameKey("Hội LHPN  tỉnh")).toBe(expected);
    expect(nameKey("hội lhpn tỉnh")).toBe(expected);
    expect(nameKey("Hội LHPN tỉnh".normalize("NFD"))).toBe(expected);
    expect(nameKey("Hội LHPN Tỉnh")).toBe(expected);
    expect(nameKey("\u00A0HỘI LHPN\ttỈNH ")).toBe(expected);
  });

  it("gives one key for both tone-mark placements", () => {
    expect(nameKey("Uỷ ban MTTQ tỉnh Khánh Hoà")).toBe(nameKey("Ủy ban MTTQ tỉnh Khánh Hòa"));
    expect(nameKey("Sở Thuỷ lợi")).toBe("sở thủy lợi");
  });

  it("keeps diacritics, so names that differ only by a tone mark stay apart", () => {
    expect(nameKey("Hội")).not.toBe(nameKey("Hỏi"));
    expect(nameKey("Đoàn")).not.toBe(nameKey("Doàn"));
    expect(nameKey("Tỉnh đoàn")).toBe("tỉnh đoàn");
  });

  it.each([
    ["Hội LHPN tỉnh.", "hội lhpn tỉnh"],
    ["Liên đoàn Lao động - tỉnh", "liên đoàn lao động tỉnh"],
    ["Liên đoàn Lao động – tỉnh", "liên đoàn lao động tỉnh"],
    ["“Tỉnh đoàn”", "tỉnh đoàn"],
    ["'Tỉnh đoàn'", "tỉnh đoàn"],
    ["Hội Cựu chiến binh, tỉnh", "hội cựu chiến binh tỉnh"],
    ["UBND tỉnh (Văn phòng)", "ubnd tỉnh văn phòng"],
    ["Sở Tài chính/Kho bạc", "sở tài chính kho bạc"],
  ])("turns punctuation into spaces: %s", (name, key) => {
    expect(nameKey(name)).toBe(key);
  });

  it("gives an empty key for a name made only of spaces and punctuation", () => {
    expect(nameKey("  - . ,  ")).toBe("");
  });

  it("is idempotent", () => {
    const chars = fc.constantFrom(..."HộiLHPNtỉnhoà uỷ.,-–“”\t\u00A0Đđ".split(""));
    fc.assert(
      fc.property(
        fc.array(chars, { maxLength: 24 }).map((parts) => parts.join("")),
        (name) => {
          const key = nameKey(name);
          expect(nameKey(key)).toBe(key);
          expect(key).toBe(key.trim());
          expect(key).not.toMatch(/ {2}/);
        }
      )
    );
  });

  it("lower-cases every character as the Vietnamese locale does", () => {
    expect(nameKey("ĐẠI HỘI ƯU TÚ Ỷ")).toBe("đại hội ưu tú ỷ");
    const anyText = fc.oneof(
      fc.string({ unit: "binary", maxLength: 24 }),
      fc.string({ unit: fc.constantFrom(..."ĐẠIHỘIƯƠÚỶİIΣσẞß".split("")), maxLength: 12 })
    );
    fc.assert(
      fc.property(anyText, (text) => {
        expect(text.toLowerCase()).toBe(text.toLocaleLowerCase("vi"));
      }),
      { numRuns: 2000 }
    );
  });
});
