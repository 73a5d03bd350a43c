import { NATIONAL_2025_PROFILE, SEED_BLOC_2018_PROFILE } from "../../../src/core/profile";
import { describeProfile } from "../../../src/taskpane/rules/describeProfile";

describe("describeProfile", () => {
  it("says the seed's rules in plain Vietnamese", () => {
    const lines = describeProfile(SEED_BLOC_2018_PROFILE, "vi");
    expect(lines[0]).toBe(
      "Thang điểm 1000; tính theo điểm do khối chấm; điểm thưởng tối đa 50; điểm trừ tối đa không giới hạn."
    );
    expect(lines).toContain(
      "Bỏ phiếu: đạt khi trên 50% số thành viên có mặt đồng ý; cần ít nhất 66,7% thành viên có mặt."
    );
    expect(
      lines.some((line) =>
        line.startsWith("Cờ thi đua của Chính phủ: tối đa 1 đơn vị; chỉ đơn vị dẫn đầu khối")
      )
    ).toBe(true);
  });

  it("has a line per award and says them in English on request", () => {
    const lines = describeProfile(NATIONAL_2025_PROFILE, "en");
    for (const award of NATIONAL_2025_PROFILE.awards) {
      expect(lines.some((line) => line.startsWith(`${award.name.en}:`))).toBe(true);
    }
    expect(lines.join(" ")).not.toMatch(/[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]/);
  });
});
