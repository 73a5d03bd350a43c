import type { SheetSpec, SpecCell } from "../../src/documents/sheetSpec";

/** A small printable sheet spec for host tests; `overrides` replace any field. */
export function specFixture(overrides: Partial<SheetSpec> = {}): SheetSpec {
  const header = (text: string): SpecCell => ({
    value: text,
    style: { bold: true, horizontal: "center", border: true, wrap: true },
  });
  return {
    name: "Tổng hợp điểm 2018",
    kind: "scoreSummary",
    year: 2018,
    rows: [
      [
        {
          value: "BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM",
          style: { bold: true, fontSize: 14, horizontal: "center" },
        },
        null,
        null,
      ],
      [],
      [header("STT"), header("Tên đơn vị"), header("Tổng điểm")],
      [
        { value: 1, style: { border: true } },
        { value: "Hội Liên hiệp Phụ nữ tỉnh", style: { border: true } },
        { value: 985.5, style: { border: true, numberFormat: "0.0" } },
      ],
      [
        { value: 2, style: { border: true } },
        {
          value: "Liên đoàn Lao động tỉnh",
          style: { border: true, italic: true, underline: true },
        },
        { value: 972, style: { border: true, numberFormat: "0.0" } },
      ],
    ],
    merges: [{ top: 1, left: 1, bottom: 1, right: 3 }],
    columnWidths: [6, 40, 12],
    rowHeights: { 1: 30 },
    page: {
      paperSize: "A4",
      orientation: "portrait",
      marginsMm: { top: 20, bottom: 20, left: 30, right: 15 },
      printTitleRows: { first: 3, last: 3 },
      fitToPageWidth: true,
      footer: "Trang &P/&N",
      fontName: "Times New Roman",
    },
    ...overrides,
  };
}
