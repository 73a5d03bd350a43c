import { matchAward } from "../../src/sheets/matchAward";
import { TEST_PROFILE } from "./helpers/profile";

const awards = TEST_PROFILE.awards;

describe("matchAward", () => {
  it("matches the award's own name in any case, with or without diacritics", () => {
    expect(matchAward("Cờ thi đua của Chính phủ", awards)).toBe("governmentFlag");
    expect(matchAward("CO THI DUA CUA CHINH PHU", awards)).toBe("governmentFlag");
  });

  it("matches shortened and abbreviated names", () => {
    expect(matchAward("Cờ Chính phủ", awards)).toBe("governmentFlag");
    expect(matchAward("Cờ thi đua của UBND tỉnh", awards)).toBe("provincialFlag");
    expect(matchAward("Bằng khen UBND tỉnh", awards)).toBe("provincialMerit");
    expect(matchAward("Bằng khen", awards)).toBe("provincialMerit");
  });

  it("matches the English name and a longer text holding the name", () => {
    expect(matchAward("Provincial emulation flag", awards)).toBe("provincialFlag");
    expect(matchAward("Đề nghị tặng Cờ thi đua của Chính phủ năm 2018", awards)).toBe(
      "governmentFlag"
    );
  });

  it("gives null for a name that fits two awards equally or none", () => {
    expect(matchAward("Cờ thi đua", awards)).toBeNull();
    expect(matchAward("Huân chương Lao động hạng Ba", awards)).toBeNull();
    expect(matchAward("", awards)).toBeNull();
  });
});
