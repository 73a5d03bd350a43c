import { parseGrade } from "../../../src/core/scoring";

describe("parseGrade", () => {
  test.each([
    ["Hoàn thành xuất sắc nhiệm vụ", "excellent"],
    ["Hoàn thành tốt nhiệm vụ", "good"],
    ["Hoàn thành nhiệm vụ", "pass"],
    ["Không hoàn thành nhiệm vụ", "fail"],
  ])("reads %p", (text, grade) => {
    expect(parseGrade(text)).toBe(grade);
  });

  test.each([
    ["Hoàn thành xuất sắc", "excellent"],
    ["Hoàn thành tốt", "good"],
    ["Hoàn thành", "pass"],
    ["Không hoàn thành", "fail"],
  ])("reads %p without «nhiệm vụ»", (text, grade) => {
    expect(parseGrade(text)).toBe(grade);
  });

  test.each([
    ["hoan thanh xuat sac nhiem vu", "excellent"],
    ["HOAN THANH TOT", "good"],
    ["HOÀN THÀNH NHIỆM VỤ", "pass"],
    ["khong hoan thanh nhiem vu", "fail"],
  ])("reads %p, without diacritics or in capitals", (text, grade) => {
    expect(parseGrade(text)).toBe(grade);
  });

  test("reads decomposed (NFD) text, stray spaces and a final full stop", () => {
    expect(parseGrade("  Hoàn  thành   xuất sắc\u00a0nhiệm vụ. ".normalize("NFD"))).toBe(
      "excellent"
    );
  });

  test("reads the usual abbreviations", () => {
    expect(["HTXSNV", "HTTNV", "HTNV", "KHTNV"].map(parseGrade)).toEqual([
      "excellent",
      "good",
      "pass",
      "fail",
    ]);
  });

  test("reads English words", () => {
    expect(
      ["Excellent", "outstanding", "GOOD", "pass", "Passed", "fail", "failed"].map(parseGrade)
    ).toEqual(["excellent", "excellent", "good", "pass", "pass", "fail", "fail"]);
  });

  test("does not confuse «Không hoàn thành» with «Hoàn thành»", () => {
    expect(parseGrade("Không hoàn thành")).toBe("fail");
    expect(parseGrade("Hoàn thành")).toBe("pass");
  });

  test.each(["", "   ", "Xuất sắc lắm", "Hoàn thành xuất sắc nhiệm vụ năm 2018", "Tốt", "A"])(
    "gives null for %p",
    (text) => {
      expect(parseGrade(text)).toBeNull();
    }
  );
});
