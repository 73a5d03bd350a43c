import ExcelJS from "exceljs";
import { crc32 } from "../../../src/hosts/xlsx/crc32";
import { OfficePackage } from "../../../src/hosts/xlsx/officePackage";
import { PackageError } from "../../../src/hosts/xlsx/packageError";
import { writeZip } from "../../../src/hosts/xlsx/writeZip";
import { entryText, textEntry } from "../../../src/hosts/xlsx/zipData";
import { zipEntries } from "../../../src/hosts/xlsx/zipEntries";

const encoder = new TextEncoder();

/**
 * A zip of one stored entry whose CRC and sizes follow its data (a data descriptor, bit 3), as
 * streaming zip writers make them.
 */
function zipWithDataDescriptor(name: string, text: string): Uint8Array {
  const nameBytes = encoder.encode(name);
  const data = encoder.encode(text);
  const crc = crc32(data);
  const local = new DataView(new ArrayBuffer(30));
  local.setUint32(0, 0x04034b50, true);
  local.setUint16(4, 20, true);
  local.setUint16(6, 0x0008, true);
  local.setUint16(26, nameBytes.length, true);
  const descriptor = new DataView(new ArrayBuffer(16));
  descriptor.setUint32(0, 0x08074b50, true);
  descriptor.setUint32(4, crc, true);
  descriptor.setUint32(8, data.length, true);
  descriptor.setUint32(12, data.length, true);
  const localSize = 30 + nameBytes.length + data.length + 16;
  const central = new DataView(new ArrayBuffer(46));
  central.setUint32(0, 0x02014b50, true);
  central.setUint16(4, 20, true);
  central.setUint16(6, 20, true);
  central.setUint16(8, 0x0008, true);
  central.setUint32(16, crc, true);
  central.setUint32(20, data.length, true);
  central.setUint32(24, data.length, true);
  central.setUint16(28, nameBytes.length, true);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, 1, true);
  end.setUint16(10, 1, true);
  end.setUint32(12, 46 + nameBytes.length, true);
  end.setUint32(16, localSize, true);
  const parts = [local, nameBytes, data, descriptor, central, nameBytes, end].map((part) =>
    part instanceof DataView ? new Uint8Array(part.buffer) : part
  );
  const bytes = new Uint8Array(parts.reduce((size, part) => size + part.length, 0));
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}

describe("zip entries", () => {
  it("round-trips deflated UTF-8 text through writeZip and zipEntries", async () => {
    const text = "<t>Hội Liên hiệp Phụ nữ tỉnh</t>".repeat(100);
    const bytes = writeZip([await textEntry("xl/a.xml", text), await textEntry("b.xml", "")]);
    const entries = zipEntries(bytes);

    expect(entries.map((entry) => entry.name)).toEqual(["xl/a.xml", "b.xml"]);
    expect(entries[0]!.method).toBe(8);
    expect(entries[0]!.data.length).toBeLessThan(encoder.encode(text).length);
    expect(await entryText(entries[0]!)).toBe(text);
    expect(await entryText(entries[1]!)).toBe("");
  });

  it("reads an entry whose sizes follow its data, and writes it with them in its header", async () => {
    const bytes = zipWithDataDescriptor("x.xml", "<a/>");
    const [entry] = zipEntries(bytes);

    expect(await entryText(entry!)).toBe("<a/>");
    const rewritten = writeZip([entry!]);
    expect(new DataView(rewritten.buffer).getUint16(6, true) & 0x0008).toBe(0);
    expect(await entryText(zipEntries(rewritten)[0]!)).toBe("<a/>");
  });

  it("writes archives that exceljs opens", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Đơn vị").getCell("B2").value = "Tỉnh đoàn";
    const original = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    const copy = writeZip(zipEntries(original));
    const reread = new ExcelJS.Workbook();
    await reread.xlsx.load(copy as unknown as ExcelJS.Buffer);

    expect(reread.getWorksheet("Đơn vị")!.getCell("B2").value).toBe("Tỉnh đoàn");
  });

  it("refuses bytes that are not a zip archive, and one whose entry has lost its header", async () => {
    expect(() => zipEntries(encoder.encode("not a zip at all, not even close"))).toThrow(
      PackageError
    );
    const damaged = writeZip([await textEntry("a.xml", "x".repeat(1000))]);
    damaged.fill(0, 0, 4);
    expect(() => zipEntries(damaged)).toThrow(PackageError);
  });
});

describe("OfficePackage", () => {
  async function packageOf(parts: Record<string, string>): Promise<Uint8Array> {
    return writeZip(
      await Promise.all(Object.entries(parts).map(([name, text]) => textEntry(name, text)))
    );
  }

  it("keeps the stored bytes and place of parts not changed, and replaces a set part in place", async () => {
    const before = await packageOf({ "a.xml": "<a/>", "b.xml": "<b/>", "c.xml": "<c/>" });
    const pack = OfficePackage.read(before);
    pack.set("B.XML", "<b2/>");
    pack.set("d.xml", "<d/>");
    pack.remove("c.xml");
    const after = zipEntries(await pack.toBytes());

    expect(after.map((entry) => entry.name)).toEqual(["a.xml", "b.xml", "d.xml"]);
    expect(after[0]!.data).toEqual(zipEntries(before)[0]!.data);
    expect(await entryText(after[1]!)).toBe("<b2/>");
  });

  it("reads parts without regard to case, the changed text first", async () => {
    const pack = OfficePackage.read(await packageOf({ "xl/Workbook.xml": "<w/>" }));

    expect(await pack.text("xl/workbook.xml")).toBe("<w/>");
    expect(pack.has("XL/WORKBOOK.XML")).toBe(true);
    pack.set("xl/workbook.xml", "<w2/>");
    expect(await pack.text("xl/Workbook.xml")).toBe("<w2/>");
    expect(await pack.text("missing.xml")).toBeNull();
  });
});
