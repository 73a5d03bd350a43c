import { listNames } from "../../../src/core/text";

describe("listNames", () => {
  test("lists names with commas and the language's 'and' before the last", () => {
    expect(listNames(["A", "B", "C"], "vi")).toBe("A, B và C");
    expect(listNames(["A", "B", "C"], "en")).toBe("A, B and C");
    expect(listNames(["Cờ thi đua", "Bằng khen"], "vi")).toBe("Cờ thi đua và Bằng khen");
  });

  test("gives one name as it is, and none as empty", () => {
    expect(listNames(["Tỉnh đoàn"], "vi")).toBe("Tỉnh đoàn");
    expect(listNames([], "en")).toBe("");
  });
});
