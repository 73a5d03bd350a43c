import fc from "fast-check";
import { foldDiacritics } from "../../../src/core/text/foldDiacritics";

const LOWER =
  "aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ";

describe("foldDiacritics", () => {
  it("removes diacritics from header labels", () => {
    expect(foldDiacritics("Tên đơn vị")).toBe("Ten don vi");
    expect(foldDiacritics("ĐIỂM KHỐI CHẤM")).toBe("DIEM KHOI CHAM");
    expect(foldDiacritics("Tự chấm | Khối chấm")).toBe("Tu cham | Khoi cham");
  });

  it("turns đ into d and Đ into D", () => {
    expect(foldDiacritics("đ Đ")).toBe("d D");
  });

  it("turns the look-alike eth letters ð and Ð into d and D", () => {
    expect(foldDiacritics("Ðà Nẵng ð")).toBe("Da Nang d");
  });

  it("folds every Vietnamese letter, lower and upper case, to a plain ASCII letter", () => {
    const folded = foldDiacritics(LOWER + LOWER.toUpperCase());
    expect(folded).toMatch(/^[a-zA-Z]+$/);
    expect(folded).toHaveLength(LOWER.length * 2);
    expect(foldDiacritics("ơ Ư ậ Ặ ỹ")).toBe("o U a A y");
  });

  it("folds decomposed text the same way as composed text", () => {
    expect(foldDiacritics("Hội Liên hiệp".normalize("NFD"))).toBe("Hoi Lien hiep");
  });

  it("keeps case, spacing, digits and punctuation", () => {
    expect(foldDiacritics("  Năm 2025:\tTổng cộng!  ")).toBe("  Nam 2025:\tTong cong!  ");
  });

  it("leaves text without diacritics unchanged", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."abcXYZ 019.,-".split("")) }), (text) => {
        expect(foldDiacritics(text)).toBe(text);
      })
    );
  });

  it("turns any text of Vietnamese letters into ASCII of the same length", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...[...LOWER, ...LOWER.toUpperCase()], " ") }),
        (text) => {
          const folded = foldDiacritics(text);
          expect(folded).toMatch(/^[a-zA-Z ]*$/);
          expect(folded).toHaveLength([...text].length);
        }
      )
    );
  });
});
