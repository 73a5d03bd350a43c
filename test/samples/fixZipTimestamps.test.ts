import ExcelJS from "exceljs";
import { fixZipTimestamps } from "../../scripts/samples/fixZipTimestamps";

async function workbookBytes(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Đơn vị").getCell("A1").value = "Tỉnh đoàn";
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

describe("fixZipTimestamps", () => {
  const date = new Date(Date.UTC(2018, 11, 5, 10, 30, 0));

  it("stamps the first entry's local header with the given date in MS-DOS form", async () => {
    const fixed = fixZipTimestamps(await workbookBytes(), date);
    const view = new DataView(fixed.buffer, fixed.byteOffset, fixed.byteLength);

    expect(view.getUint16(10, true)).toBe((10 << 11) | (30 << 5));
    expect(view.getUint16(12, true)).toBe(((2018 - 1980) << 9) | (12 << 5) | 5);
  });

  it("leaves a package that exceljs still opens, with the same content", async () => {
    const fixed = fixZipTimestamps(await workbookBytes(), date);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(fixed as unknown as ExcelJS.Buffer);

    expect(workbook.getWorksheet("Đơn vị")?.getCell("A1").value).toBe("Tỉnh đoàn");
  });

  it("gives the same bytes for the same content written at different times", async () => {
    const first = await workbookBytes();
    const view = new DataView(first.buffer, first.byteOffset, first.byteLength);
    const later = first.slice();
    new DataView(later.buffer).setUint16(10, (view.getUint16(10, true) + 1) & 0xffff, true);

    expect(
      Buffer.from(fixZipTimestamps(later, date)).equals(Buffer.from(fixZipTimestamps(first, date)))
    ).toBe(true);
  });

  it("throws on bytes that are not a zip package", () => {
    expect(() => fixZipTimestamps(new Uint8Array(64), date)).toThrow(/central directory/);
  });
});
