import { jsonBytes } from "../../../src/hosts/excel/jsonBytes";

describe("jsonBytes", () => {
  test("counts ASCII JSON one byte a character", () => {
    expect(jsonBytes([["STT", 1, true]])).toBe('[["STT",1,true]]'.length);
  });

  test("counts Vietnamese letters and other characters as UTF-8 does", () => {
    const text = "Hội Liên hiệp Phụ nữ tỉnh 😀";
    expect(jsonBytes(text)).toBe(new TextEncoder().encode(JSON.stringify(text)).length);
  });

  test("counts nothing for undefined", () => {
    expect(jsonBytes(undefined)).toBe(0);
  });
});
