import { localized } from "../../src/core/localized";
import { problem, type Problem } from "../../src/core/problem";
import { buildDataCheck } from "../../src/documents/buildDataCheck";
import { describeDecree30Layout } from "./helpers/decree30Layout";
import { documentMeta } from "./helpers/fixtures";
import { findCell, findCellContaining, mergeAt, rowValues } from "./helpers/specCells";

const PROBLEMS: Problem[] = [
  problem("vote.noQuorum", "warning", localized("Không đủ số thành viên có mặt", "No quorum"), {
    location: { sheet: "Bỏ phiếu", cell: "C4" },
  }),
  problem(
    "score.aboveMaximum",
    "error",
    localized("Điểm vượt điểm chuẩn", "Score above the maximum"),
    {
      location: { sheet: "Chấm điểm", cell: "E12" },
    }
  ),
  problem("rank.tie", "warning", localized("Hai đơn vị đồng hạng 2", "Two units tie for rank 2")),
];

function headerRowOf(spec: ReturnType<typeof buildDataCheck>): number {
  return spec.page.printTitleRows?.first ?? 0;
}

describe("buildDataCheck", () => {
  describeDecree30Layout(
    (meta) => buildDataCheck(PROBLEMS, meta, 2018),
    "KẾT QUẢ KIỂM TRA DỮ LIỆU NĂM 2018"
  );

  const spec = buildDataCheck(PROBLEMS, documentMeta(), 2018);
  const header = headerRowOf(spec);

  it("names the sheet after the check and the year", () => {
    expect(spec).toMatchObject({ name: "Kiểm tra dữ liệu 2018", kind: "dataCheck", year: 2018 });
  });

  it("heads the table with STT, sheet, cell, severity and message", () => {
    expect(rowValues(spec, header)).toEqual(["STT", "Trang tính", "Ô", "Mức độ", "Nội dung"]);
  });

  it("lists every problem with its sheet, cell, severity and Vietnamese message, errors first", () => {
    expect(rowValues(spec, header + 1)).toEqual([
      1,
      "Chấm điểm",
      "E12",
      "Lỗi",
      "Điểm vượt điểm chuẩn",
    ]);
    expect(rowValues(spec, header + 2)).toEqual([
      2,
      "Bỏ phiếu",
      "C4",
      "Cảnh báo",
      "Không đủ số thành viên có mặt",
    ]);
    expect(rowValues(spec, header + 3)).toEqual([3, "", "", "Cảnh báo", "Hai đơn vị đồng hạng 2"]);
  });

  it("counts errors and warnings under the title", () => {
    expect(findCell(spec, "(Phát hiện 1 lỗi và 2 cảnh báo)").cell.style?.italic).toBe(true);
  });

  it("says errors must be corrected when there are some", () => {
    expect(
      findCell(
        spec,
        "Các lỗi phải được sửa trước khi dùng kết quả để bình xét, đề nghị khen thưởng."
      ).row
    ).toBe(header + 4);
  });

  it("prints a clear line across the table when no problem was found", () => {
    const empty = buildDataCheck([], documentMeta(), 2018);
    const line = findCell(empty, "Không phát hiện vấn đề nào trong dữ liệu.");
    expect(line.row).toBe((empty.page.printTitleRows?.first ?? 0) + 1);
    expect(mergeAt(empty, line.row, 1)?.right).toBe(empty.columnWidths.length);
    expect(() =>
      findCell(
        empty,
        "Các lỗi phải được sửa trước khi dùng kết quả để bình xét, đề nghị khen thưởng."
      )
    ).toThrow();
  });

  it("prints labels and messages in English on request", () => {
    const english = buildDataCheck(PROBLEMS, documentMeta({ language: "en" }), 2018);
    const row = english.page.printTitleRows?.first ?? 0;
    expect(english.name).toBe("Data check 2018");
    expect(rowValues(english, row)).toEqual(["No.", "Sheet", "Cell", "Severity", "Problem"]);
    expect(rowValues(english, row + 1)).toEqual([
      1,
      "Chấm điểm",
      "E12",
      "Error",
      "Score above the maximum",
    ]);
    expect(findCell(english, "DATA CHECK, 2018").row).toBeGreaterThan(0);
    const empty = buildDataCheck([], documentMeta({ language: "en" }), 2018);
    expect(findCell(empty, "No problems were found in the data.").cell.style?.italic).toBe(true);
  });

  it("leaves room to write the number by hand when the meta gives none", () => {
    const blank = buildDataCheck([], documentMeta({ number: " " }), 2018);
    expect(findCellContaining(blank, "Số:").cell.value).toMatch(/^Số: +\/$/);
  });

  it("prints a January date with Decree 30's leading zeros", () => {
    const january = buildDataCheck(
      [],
      documentMeta({ date: { day: 9, month: 1, year: 2019 } }),
      2018
    );
    expect(findCell(january, "Bắc Ninh, ngày 09 tháng 01 năm 2019").row).toBe(4);
  });

  it("keeps a message that looks like a formula as plain text", () => {
    const formula = buildDataCheck(
      [problem("unit.unknown", "error", localized("=1+1", "=1+1"))],
      documentMeta(),
      2018
    );
    const cell = findCell(formula, "=1+1");
    expect(typeof cell.cell.value).toBe("string");
  });
});
