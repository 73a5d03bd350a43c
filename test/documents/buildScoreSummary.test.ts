import { buildScoreSummary } from "../../src/documents/buildScoreSummary";
import { describeDecree30Layout } from "./helpers/decree30Layout";
import { documentMeta, PROFILE, seedInput, seedResult, tiedResult } from "./helpers/fixtures";
import { allCells, findCell, findCellContaining, rowValues } from "./helpers/specCells";

describe("buildScoreSummary", () => {
  describeDecree30Layout(
    (meta) => buildScoreSummary(seedResult(), seedInput(), PROFILE, meta),
    "BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM THI ĐUA NĂM 2018"
  );

  const spec = buildScoreSummary(seedResult(), seedInput(), PROFILE, documentMeta());
  const header = spec.page.printTitleRows?.first ?? 0;

  it("names the sheet after the summary and the year", () => {
    expect(spec).toMatchObject({ name: "Tổng hợp điểm 2018", kind: "scoreSummary", year: 2018 });
  });

  it("prints the bloc's name in italics under the title", () => {
    const subtitle = findCell(spec, "Khối thi đua MTTQ và các tổ chức chính trị - xã hội tỉnh");
    expect(subtitle.row).toBe(
      findCell(spec, "BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM THI ĐUA NĂM 2018").row + 1
    );
    expect(subtitle.cell.style?.italic).toBe(true);
  });

  it("heads the table with every column of SPEC §5.2", () => {
    expect(rowValues(spec, header)).toEqual([
      "STT",
      "Tên đơn vị",
      "Tự chấm",
      "Khối chấm",
      "Điểm thưởng",
      "Điểm trừ",
      "Tổng điểm",
      "Xếp hạng",
      "Xếp loại",
    ]);
  });

  it("lists the units in rank order with their scores, rank and grade", () => {
    expect(rowValues(spec, header + 1)).toEqual([
      1,
      "Hội Liên hiệp Phụ nữ tỉnh",
      990,
      980.5,
      10,
      5,
      985.5,
      1,
      "Hoàn thành xuất sắc nhiệm vụ",
    ]);
    expect(rowValues(spec, header + 6)?.[1]).toBe("Hội Cựu chiến binh tỉnh");
  });

  it("keeps scores as numbers with a one-decimal format", () => {
    const total = spec.rows[header]?.[6];
    expect(total?.value).toBe(985.5);
    expect(total?.style?.numberFormat).toMatch(/^#,##0\.0/);
  });

  it("leaves the self score empty for a unit that did not score itself", () => {
    expect(rowValues(spec, header + 5)?.slice(1, 4)).toEqual(["Hội Nông dân tỉnh", "", 948]);
  });

  it("explains how the total and the grades are computed, from the profile", () => {
    const note = findCellContaining(spec, "Cách tính:");
    expect(note.cell.value).toContain("điểm thưởng (tối đa 50)");
    expect(note.cell.value).toContain("thang điểm 1.000");
    expect(note.cell.value).toContain("Hoàn thành xuất sắc nhiệm vụ từ 900 điểm");
  });

  it("adds no tie note when no unit is tied", () => {
    expect(() => findCellContaining(spec, "đồng hạng")).toThrow();
  });

  describe("with tied units", () => {
    const tied = buildScoreSummary(tiedResult(), seedInput(), PROFILE, documentMeta());
    const row = tied.page.printTitleRows?.first ?? 0;

    it("marks each tied unit's rank", () => {
      expect(rowValues(tied, row + 2)?.[7]).toBe("2 (đồng hạng)");
      expect(rowValues(tied, row + 3)?.[7]).toBe("2 (đồng hạng)");
      expect(rowValues(tied, row + 4)?.[7]).toBe(4);
    });

    it("explains under the table that the chair orders tied units, naming the profile's tie-breaks", () => {
      const note = findCellContaining(tied, "Ghi chú:");
      expect(note.row).toBeGreaterThan(row + 6);
      expect(note.cell.value).toContain("nhiều điểm thưởng hơn; ít điểm trừ hơn");
      expect(note.cell.value).toContain("chủ trì hội nghị quyết định");
    });

    it("marks ties in English too", () => {
      const english = buildScoreSummary(
        tiedResult(),
        seedInput(),
        PROFILE,
        documentMeta({ language: "en" })
      );
      expect(findCell(english, "2 (tied)").column).toBe(8);
      expect(findCellContaining(english, "Note:").cell.value).toContain("left to the chair");
    });
  });

  it("prints English labels and grades when asked", () => {
    const english = buildScoreSummary(
      seedResult(),
      seedInput(),
      PROFILE,
      documentMeta({ language: "en" })
    );
    const row = english.page.printTitleRows?.first ?? 0;
    expect(english.name).toBe("Score summary 2018");
    expect(rowValues(english, row)).toEqual([
      "No.",
      "Unit",
      "Self score",
      "Bloc score",
      "Bonus",
      "Deduction",
      "Total",
      "Rank",
      "Grade",
    ]);
    expect(rowValues(english, row + 1)?.[8]).toBe("Outstanding completion of duties");
    expect(findCell(english, "SUMMARY OF EMULATION SCORES, 2018").column).toBe(1);
  });

  it("writes a unit named like a formula as plain text", () => {
    const names = { hlhpn: "=1+1" };
    const formula = buildScoreSummary(
      seedResult({ names }),
      seedInput({ names }),
      PROFILE,
      documentMeta()
    );
    const cell = findCell(formula, "=1+1");
    expect(cell.cell.value).toBe("=1+1");
    expect(
      allCells(formula).filter((entry) => String(entry.cell.value).startsWith("="))
    ).toHaveLength(1);
  });

  it("prints a line instead of rows when no unit was scored", () => {
    const empty = buildScoreSummary(
      { ...seedResult(), units: [] },
      seedInput(),
      PROFILE,
      documentMeta()
    );
    expect(findCell(empty, "Không có đơn vị nào được chấm điểm.").row).toBe(
      (empty.page.printTitleRows?.first ?? 0) + 1
    );
  });
});
