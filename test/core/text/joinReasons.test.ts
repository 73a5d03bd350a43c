import { localized } from "../../../src/core/localized";
import { joinReasons } from "../../../src/core/text/joinReasons";

describe("joinReasons", () => {
  it("capitalises a single reason in Vietnamese only", () => {
    expect(joinReasons([localized("đã làm Khối trưởng năm 2018", "led in 2018")])).toEqual({
      vi: "Đã làm Khối trưởng năm 2018",
      en: "led in 2018",
    });
  });

  it("joins several reasons with semicolons, as one sentence", () => {
    const joined = joinReasons([
      localized("xếp hạng 3", "ranked 3rd"),
      localized("chưa có kết quả bỏ phiếu", "no ballot recorded"),
      localized("được đề xuất làm Khối phó", "proposed as deputy"),
    ]);
    expect(joined).toEqual({
      vi: "Xếp hạng 3; chưa có kết quả bỏ phiếu; được đề xuất làm Khối phó",
      en: "ranked 3rd; no ballot recorded; proposed as deputy",
    });
  });

  it("gives empty texts for no reasons", () => {
    expect(joinReasons([])).toEqual({ vi: "", en: "" });
  });
});
