import fc from "fast-check";
import { detectLegacyEncoding } from "../../../src/core/text/detectLegacyEncoding";
import { legacyEncodingDetector } from "../../../src/core/text/legacyEncodingDetector";

const TEXTS = [
  "Héi Liªn hiÖp Phô n÷ tØnh",
  "Hoäi Lieân hieäp Phuï nöõ tænh",
  "1. Héi LHPN tØnh: 985,5 ®iÓm (xÕp thø 1)",
  "Hội Liên hiệp Phụ nữ tỉnh",
  "Trường THPT Tân Tây",
  "Müller",
  "Crème brûlée à la française",
  "Tæng",
  "Tên đơn vị".normalize("NFD"),
  "",
];

const WORDS = TEXTS.join(" ")
  .split(/[\s,:.()]+/)
  .filter((word) => word !== "");

describe("legacyEncodingDetector", () => {
  it("recognises TCVN3 and VNI text and leaves Unicode Vietnamese alone", () => {
    const detect = legacyEncodingDetector();
    expect(detect("Héi Liªn hiÖp Phô n÷ tØnh")).toBe("tcvn3");
    expect(detect("Hoäi Lieân hieäp Phuï nöõ tænh")).toBe("vni");
    expect(detect("Hội Liên hiệp Phụ nữ tỉnh")).toBeNull();
    expect(detect("")).toBeNull();
  });

  it("answers as detectLegacyEncoding does, text after text, whatever words come back", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom(...WORDS), { maxLength: 8 }), { maxLength: 10 }),
        (texts) => {
          const detect = legacyEncodingDetector();
          for (const text of texts.map((words) => words.join(" "))) {
            expect(detect(text)).toBe(detectLegacyEncoding(text));
          }
        }
      )
    );
  });
});
