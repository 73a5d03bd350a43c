import { legacyTextProblems, textEncodingDetector } from "../../src/sheets/legacyTextProblems";
import { makeGrid } from "./helpers/grid";

const TCVN3 = "Héi Liªn hiÖp Phô n÷ tØnh";

describe("legacyTextProblems", () => {
  it("warns once per text cell typed in a legacy encoding, at its cell", () => {
    const grid = makeGrid("Đơn vị", [
      ["Tên đơn vị", "Ghi chú"],
      ["Tỉnh đoàn", null],
      [TCVN3, 12],
    ]);

    const problems = legacyTextProblems(grid);

    expect(problems.map((entry) => [entry.code, entry.location?.cell])).toEqual([
      ["text.legacyEncoding", "A3"],
    ]);
    expect(problems[0]?.message.en).toContain("TCVN3");
  });

  it("gives the same warnings with one detector shared by the sheets of a pass", () => {
    const units = makeGrid("Đơn vị", [["Tên đơn vị"], [TCVN3], ["Tỉnh đoàn"]]);
    const scores = makeGrid("Chấm điểm", [
      ["Đơn vị", "Điểm"],
      [TCVN3, 95],
      ["Tỉnh đoàn", 90],
    ]);
    const shared = textEncodingDetector();

    const together = [...legacyTextProblems(units, shared), ...legacyTextProblems(scores, shared)];

    expect(together).toEqual([...legacyTextProblems(units), ...legacyTextProblems(scores)]);
    expect(together.map((entry) => `${entry.location?.sheet}!${entry.location?.cell}`)).toEqual([
      "Đơn vị!A2",
      "Chấm điểm!A2",
    ]);
  });

  it("remembers each text's answer", () => {
    const encodingOf = textEncodingDetector();

    expect(encodingOf(TCVN3)).toBe("tcvn3");
    expect(encodingOf(TCVN3)).toBe("tcvn3");
    expect(encodingOf("Hội Liên hiệp Phụ nữ tỉnh")).toBeNull();
  });
});
