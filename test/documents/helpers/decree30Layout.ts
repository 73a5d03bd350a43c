/** Checks every printed document shares (Decree 30/2020 layout), as reusable test cases. */
import type { DocumentMeta } from "../../../src/documents/documentMeta";
import type { SheetSpec } from "../../../src/documents/sheetSpec";
import { documentMeta } from "./fixtures";
import { findCell, mergeAt, structuralFaults } from "./specCells";

export function describeDecree30Layout(
  build: (meta: DocumentMeta) => SheetSpec,
  title: string
): void {
  describe("Decree 30/2020 layout", () => {
    const meta = documentMeta({
      parentAgency: "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
      recipients: ["Ban Thi đua - Khen thưởng tỉnh", "Lưu: VT"],
    });
    const spec = build(meta);
    const width = spec.columnWidths.length;

    it("is structurally sound: full rows, merges inside the sheet and not overlapping, a legal name", () => {
      expect(structuralFaults(spec)).toEqual([]);
    });

    it("prints the parent agency and the agency in capitals at the top left, the agency bold", () => {
      const parent = findCell(spec, "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH");
      const agency = findCell(spec, "KHỐI THI ĐUA CÁC TỔ CHỨC CHÍNH TRỊ - XÃ HỘI TỈNH");
      expect([parent.row, parent.column]).toEqual([1, 1]);
      expect([agency.row, agency.column]).toEqual([2, 1]);
      expect(agency.cell.style).toMatchObject({ bold: true, horizontal: "center" });
      expect(parent.cell.style?.bold).toBeUndefined();
    });

    it("prints the national title and motto in bold at the top right, reaching the last column", () => {
      const national = findCell(spec, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
      const motto = findCell(spec, "Độc lập - Tự do - Hạnh phúc");
      expect(national.row).toBe(1);
      expect(national.column).toBeGreaterThan(1);
      expect(national.cell.style?.bold).toBe(true);
      expect(motto.cell.style).toMatchObject({ bold: true, underline: true });
      expect(mergeAt(spec, national.row, national.column)?.right ?? national.column).toBe(width);
    });

    it("prints the number on the left and the italic place and date on the right, on one row", () => {
      const number = findCell(spec, "Số: 01/TTr-KTĐ");
      const date = findCell(spec, "Bắc Ninh, ngày 05 tháng 12 năm 2018");
      expect(number.column).toBe(1);
      expect(date.row).toBe(number.row);
      expect(date.cell.style?.italic).toBe(true);
    });

    it("prints the title in bold capitals merged across the table width", () => {
      const found = findCell(spec, title);
      expect(found.cell.style).toMatchObject({ bold: true, horizontal: "center" });
      expect(mergeAt(spec, found.row, 1)).toEqual({
        top: found.row,
        left: 1,
        bottom: found.row,
        right: width,
      });
    });

    it("repeats a bold, bordered table header row on every printed page", () => {
      const titles = spec.page.printTitleRows;
      expect(titles).not.toBeNull();
      const header = spec.rows[(titles?.first ?? 0) - 1] ?? [];
      expect(header[0]?.style).toMatchObject({
        bold: true,
        border: true,
        horizontal: "center",
        wrap: true,
      });
    });

    it("ends with the signature block on the right: capacity and title in bold capitals, then the name", () => {
      const capacity = findCell(spec, "TM. KHỐI THI ĐUA");
      const signerTitle = findCell(spec, "KHỐI TRƯỞNG");
      const name = findCell(spec, "Nguyễn Thị Hoa");
      expect(signerTitle.row).toBe(capacity.row + 1);
      expect(name.row).toBeGreaterThan(signerTitle.row + 2);
      expect(name.row).toBe(spec.rows.length);
      expect(capacity.column).toBeGreaterThan(1);
      expect(name.cell.style?.bold).toBe(true);
    });

    it("puts the recipients at the bottom left beside the signature", () => {
      const heading = findCell(spec, "Nơi nhận:");
      expect(heading.column).toBe(1);
      expect(heading.row).toBe(findCell(spec, "TM. KHỐI THI ĐUA").row);
      expect(findCell(spec, "- Lưu: VT").row).toBe(heading.row + 2);
    });

    it("sets up an A4 portrait page with Decree 30 margins, Times New Roman, one page wide and page numbers", () => {
      expect(spec.page).toMatchObject({
        paperSize: "A4",
        orientation: "portrait",
        marginsMm: { top: 20, bottom: 20, left: 30, right: 15 },
        fitToPageWidth: true,
        footer: "Trang &P/&N",
        fontName: "Times New Roman",
      });
    });

    it("fits its columns in the printable width (about 165 mm at 1.85 mm per character)", () => {
      const total = spec.columnWidths.reduce((sum, columnWidth) => sum + columnWidth * 7 + 5, 0);
      expect(total).toBeLessThanOrEqual((165 * 96) / 25.4);
    });

    it("uses 12 pt for the table and at least 13 pt for the title and signature", () => {
      const header = spec.rows[(spec.page.printTitleRows?.first ?? 0) - 1]?.[0];
      expect(header?.style?.fontSize).toBe(12);
      expect(findCell(spec, title).cell.style?.fontSize).toBeGreaterThanOrEqual(13);
      expect(findCell(spec, "TM. KHỐI THI ĐUA").cell.style?.fontSize).toBeGreaterThanOrEqual(13);
    });

    it("labels the page footer in English when printed in English", () => {
      const english = build(documentMeta({ language: "en" }));
      expect(english.page.footer).toBe("Page &P of &N");
      expect(findCell(english, "SOCIALIST REPUBLIC OF VIETNAM").row).toBe(1);
      expect(findCell(english, "No.: 01/TTr-KTĐ").column).toBe(1);
    });

    it("omits the parent agency line and the recipients when the meta has none", () => {
      const plain = build(documentMeta());
      expect(findCell(plain, "KHỐI THI ĐUA CÁC TỔ CHỨC CHÍNH TRỊ - XÃ HỘI TỈNH").row).toBe(1);
      expect(() => findCell(plain, "Nơi nhận:")).toThrow();
    });
  });
}
