import fc from "fast-check";
import { nameKey } from "../../../src/core/text/nameKey";
import { normalizeText } from "../../../src/core/text/normalizeText";
import { normalizedNameKey } from "../../../src/core/text/normalizedNameKey";

/** The key as written out in full: lower case, punctuation and modifier symbols to spaces. */
function fullKey(name: string): string {
  return normalizeText(name)
    .toLowerCase()
    .replace(/[\p{P}\p{Sk}]+/gu, " ")
    .replace(/ {2,}/g, " ")
    .trim();
}

describe("normalizedNameKey", () => {
  it("is nameKey of a name already normalised", () => {
    expect(normalizedNameKey(normalizeText("Hội LHPN  Tỉnh"))).toBe("hội lhpn tỉnh");
    expect(normalizedNameKey(normalizeText("Đơn vị 12"))).toBe("đơn vị 12");
    expect(normalizedNameKey(normalizeText("UBND tỉnh (Văn phòng)"))).toBe("ubnd tỉnh văn phòng");
    expect(normalizedNameKey(normalizeText("Sở Tài chính/Kho bạc"))).toBe("sở tài chính kho bạc");
    expect(normalizedNameKey(normalizeText("Café `A´ ¨B"))).toBe("café a b");
  });

  it("gives the full key for any name, with or without punctuation", () => {
    const chars = fc.constantFrom(
      ..."HộiLHPNtỉnhoàuỷĐđ09 Zzßÿ×÷ĀſƀɏẠỹ.,-–“”'()/`´¨^_\t\u00A0\u0301\u2019".split("")
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(chars, { maxLength: 24 }).map((parts) => parts.join("")),
          fc.string({ unit: "binary", maxLength: 16 })
        ),
        (name) => {
          expect(normalizedNameKey(normalizeText(name))).toBe(fullKey(name));
          expect(nameKey(name)).toBe(fullKey(name));
        }
      )
    );
  });
});
