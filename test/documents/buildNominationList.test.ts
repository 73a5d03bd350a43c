import { buildNominationList } from "../../src/documents/buildNominationList";
import { describeDecree30Layout } from "./helpers/decree30Layout";
import { documentMeta, PROFILE, seedInput, seedResult, tiedResult } from "./helpers/fixtures";
import { findCell, mergeAt, rowValues } from "./helpers/specCells";

describe("buildNominationList", () => {
  describeDecree30Layout(
    (meta) => buildNominationList(seedResult(), seedInput(), PROFILE, meta),
    "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2018"
  );

  const spec = buildNominationList(seedResult(), seedInput(), PROFILE, documentMeta());
  const header = spec.page.printTitleRows?.first ?? 0;

  it("names the sheet after the list and the year", () => {
    expect(spec).toMatchObject({
      name: "Đề nghị khen thưởng 2018",
      kind: "nominationList",
      year: 2018,
    });
  });

  it("heads the list with STT, unit and grounds, the grounds over two columns", () => {
    expect(rowValues(spec, header)).toEqual([
      "STT",
      "Tên đơn vị",
      "Thành tích, căn cứ đề nghị",
      null,
    ]);
    expect(mergeAt(spec, header, 3)).toEqual({ top: header, left: 3, bottom: header, right: 4 });
  });

  it("groups the proposed units by award, highest first, each with its grounds in words", () => {
    expect(rowValues(spec, header + 1)).toEqual(["I. CỜ THI ĐUA CỦA CHÍNH PHỦ", null, null, null]);
    expect(rowValues(spec, header + 2)).toEqual([
      1,
      "Hội Liên hiệp Phụ nữ tỉnh",
      "Hạng 1/6, 985,5 điểm, 6/6 phiếu (100%)",
      null,
    ]);
    expect(rowValues(spec, header + 3)?.[0]).toBe("II. CỜ THI ĐUA CỦA ỦY BAN NHÂN DÂN TỈNH");
    expect(rowValues(spec, header + 4)?.slice(0, 2)).toEqual([1, "Liên đoàn Lao động tỉnh"]);
    expect(rowValues(spec, header + 5)?.[0]).toBe("III. BẰNG KHEN CỦA ỦY BAN NHÂN DÂN TỈNH");
    expect(rowValues(spec, header + 9)?.slice(0, 2)).toEqual([4, "Hội Cựu chiến binh tỉnh"]);
  });

  it("merges each award's row across the table", () => {
    const group = findCell(spec, "I. CỜ THI ĐUA CỦA CHÍNH PHỦ");
    expect(mergeAt(spec, group.row, 1)?.right).toBe(spec.columnWidths.length);
    expect(group.cell.style?.bold).toBe(true);
  });

  it("counts the units proposed", () => {
    expect(findCell(spec, "Tổng số: 6 đơn vị được đề nghị khen thưởng.").row).toBe(header + 10);
  });

  describe("units not proposed for a higher award", () => {
    const heading = findCell(spec, "Đơn vị không được đề nghị hình thức cao hơn");
    const reasonHeader = heading.row + 1;

    it("follows the list under a bold heading with its own table", () => {
      expect(heading.cell.style?.bold).toBe(true);
      expect(rowValues(spec, reasonHeader)).toEqual([
        "STT",
        "Tên đơn vị",
        "Hình thức khen thưởng",
        "Lý do không được đề nghị",
      ]);
    });

    it("says, award by award, why each unit did not get a higher one", () => {
      expect(rowValues(spec, reasonHeader + 1)).toEqual([
        1,
        "Liên đoàn Lao động tỉnh",
        "Cờ thi đua của Chính phủ",
        "Không phải đơn vị dẫn đầu Khối (hạng 1)",
      ]);
      expect(rowValues(spec, reasonHeader + 2)).toEqual([
        2,
        "Ủy ban MTTQ Việt Nam tỉnh",
        "Cờ thi đua của Chính phủ",
        "Không phải đơn vị dẫn đầu Khối (hạng 1)",
      ]);
      expect(rowValues(spec, reasonHeader + 3)).toEqual([
        null,
        null,
        "Cờ thi đua của Ủy ban nhân dân tỉnh",
        "Xếp hạng thấp hơn hạng 2",
      ]);
    });

    it("merges a unit's number and name down over its reasons", () => {
      expect(mergeAt(spec, reasonHeader + 2, 2)).toEqual({
        top: reasonHeader + 2,
        left: 2,
        bottom: reasonHeader + 3,
        right: 2,
      });
      expect(mergeAt(spec, reasonHeader + 2, 1)?.bottom).toBe(reasonHeader + 3);
    });

    it("leaves out the unit proposed for the highest award", () => {
      const names = spec.rows.slice(reasonHeader).map((row) => row[1]?.value);
      expect(names).not.toContain("Hội Liên hiệp Phụ nữ tỉnh");
    });
  });

  describe("with a tie at the provincial flag's quota", () => {
    const tied = buildNominationList(tiedResult(), seedInput(), PROFILE, documentMeta());
    const row = tied.page.printTitleRows?.first ?? 0;

    it("shows the tied units under the award, in italics, without a number, left to the chair", () => {
      expect(rowValues(tied, row + 4)).toEqual([
        "",
        "Liên đoàn Lao động tỉnh",
        "Đồng hạng 2 với Ủy ban MTTQ Việt Nam tỉnh khi chỉ còn 1 suất: chủ trì hội nghị quyết định",
        null,
      ]);
      expect(tied.rows[row + 3]?.[1]?.style?.italic).toBe(true);
    });

    it("counts only the units actually proposed", () => {
      expect(findCell(tied, "Tổng số: 4 đơn vị được đề nghị khen thưởng.").column).toBe(1);
    });

    it("lists the units with no award with their reasons", () => {
      const heading = findCell(tied, "Đơn vị không được đề nghị hình thức cao hơn");
      expect(rowValues(tied, heading.row + 3)?.slice(2)).toEqual([
        "Cờ thi đua của Ủy ban nhân dân tỉnh",
        "Đồng hạng 2 với Ủy ban MTTQ Việt Nam tỉnh khi chỉ còn 1 suất: chủ trì hội nghị quyết định",
      ]);
    });
  });

  it("says so when no unit is proposed for an award", () => {
    const result = seedResult();
    const nominations = result.nominations.map((nomination) =>
      nomination.awardId === "co-tinh" ? { ...nomination, awardId: null, reasons: [] } : nomination
    );
    const none = buildNominationList(
      { ...result, nominations },
      seedInput(),
      PROFILE,
      documentMeta()
    );
    const group = findCell(none, "II. CỜ THI ĐUA CỦA ỦY BAN NHÂN DÂN TỈNH");
    expect(rowValues(none, group.row + 1)).toEqual([
      "",
      "Không có đơn vị được đề nghị",
      null,
      null,
    ]);
  });

  it("says so when every unit is proposed for the highest award", () => {
    const result = seedResult();
    const nominations = result.nominations.map((nomination) => ({
      unitId: nomination.unitId,
      awardId: "co-chinh-phu",
      reasons: [
        {
          awardId: "co-chinh-phu",
          outcome: "proposed" as const,
          message: { vi: "Đủ điều kiện", en: "qualifies" },
        },
      ],
    }));
    const all = buildNominationList(
      { ...result, nominations },
      seedInput(),
      PROFILE,
      documentMeta()
    );
    expect(findCell(all, "Không có (mọi đơn vị đều được đề nghị hình thức cao nhất).").column).toBe(
      1
    );
  });

  it("prints English labels and reasons when asked", () => {
    const english = buildNominationList(
      seedResult(),
      seedInput(),
      PROFILE,
      documentMeta({ language: "en" })
    );
    const row = english.page.printTitleRows?.first ?? 0;
    expect(english.name).toBe("Nominations 2018");
    expect(rowValues(english, row + 2)).toEqual([
      1,
      "Hội Liên hiệp Phụ nữ tỉnh",
      "1 of 6, 985.5 points, 6/6 votes (100%)",
      null,
    ]);
    expect(findCell(english, "Units not proposed for a higher award").column).toBe(1);
    expect(findCell(english, "not the bloc's leading unit (1st)").column).toBe(4);
  });

  it("writes a unit named like a formula as plain text", () => {
    const names = { hlhpn: "=1+1" };
    const formula = buildNominationList(
      seedResult({ names }),
      seedInput({ names }),
      PROFILE,
      documentMeta()
    );
    expect(findCell(formula, "=1+1").cell.value).toBe("=1+1");
  });
});
