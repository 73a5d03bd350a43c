import ExcelJS from "exceljs";
import { HostError, XlsxHost } from "../../src/hosts/xlsx";
import { OfficePackage } from "../../src/hosts/xlsx/officePackage";
import { OPEN_MESSAGES } from "../../src/hosts/xlsx/openMessages";
import { CONFIGURATION_SHEET_NAME } from "../../src/sheets/configurationSheet";
import { fingerprintGrid, fingerprintSpec } from "../../src/job/sheetFingerprint";
import { specFixture } from "./specFixture";

async function reopen(host: XlsxHost): Promise<XlsxHost> {
  const outcome = await XlsxHost.open(await host.toBuffer());
  if (!outcome.ok) throw new Error(outcome.error.en);
  return outcome.value;
}

async function openOrFail(bytes: Uint8Array | ArrayBuffer): Promise<XlsxHost> {
  const outcome = await XlsxHost.open(bytes);
  if (!outcome.ok) throw new Error(outcome.error.en);
  return outcome.value;
}

async function exceljsOf(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

async function bytesOf(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** A secretariat's own workbook: values, a formula with its cached result, a merge, a Table. */
async function userWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const units = workbook.addWorksheet("Đơn vị");
  units.getCell("A1").value = "DANH SÁCH ĐƠN VỊ";
  units.mergeCells("A1:C1");
  units.addTable({
    name: "DonVi",
    ref: "A3",
    headerRow: true,
    columns: [{ name: "STT" }, { name: "Tên đơn vị" }, { name: "Điểm" }],
    rows: [
      [1, "Hội Liên hiệp Phụ nữ tỉnh", 985.5],
      [2, "Liên đoàn Lao động tỉnh", 972],
    ],
  });
  units.getCell("C7").value = { formula: "SUM(C4:C5)", result: 1957.5 };
  const other = workbook.addWorksheet("Ghi chú");
  other.getCell("B2").value = "=không phải công thức";
  return bytesOf(workbook);
}

describe("XlsxHost", () => {
  describe("writing a sheet spec and reading it back", () => {
    it("gives the values and merges of the spec after a save and reload", async () => {
      const host = XlsxHost.create();
      await host.writeSheets([specFixture()]);
      const reloaded = await reopen(host);

      expect(await reloaded.listSheets()).toEqual(["Tổng hợp điểm 2018"]);
      const [grid] = await reloaded.readSheets(["Tổng hợp điểm 2018"]);
      expect(grid).toEqual({
        sheetName: "Tổng hợp điểm 2018",
        originRow: 1,
        originColumn: 1,
        values: [
          ["BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM", null, null],
          [null, null, null],
          ["STT", "Tên đơn vị", "Tổng điểm"],
          [1, "Hội Liên hiệp Phụ nữ tỉnh", 985.5],
          [2, "Liên đoàn Lao động tỉnh", 972],
        ],
        merges: [{ top: 0, left: 0, bottom: 0, right: 2 }],
        tables: [],
      });
    });

    it("writes Times New Roman with the spec's size, emphasis, alignment, borders and number formats", async () => {
      const host = XlsxHost.create();
      await host.writeSheets([specFixture()]);
      const sheet = (await exceljsOf(await host.toBuffer())).getWorksheet("Tổng hợp điểm 2018")!;

      expect(sheet.getCell("A1").font).toMatchObject({
        name: "Times New Roman",
        size: 14,
        bold: true,
      });
      expect(sheet.getCell("B4").font).toMatchObject({ name: "Times New Roman", size: 13 });
      expect(sheet.getCell("B5").font).toMatchObject({ italic: true, underline: true });
      expect(sheet.getCell("B3").alignment).toMatchObject({ horizontal: "center", wrapText: true });
      expect(sheet.getCell("C4").border).toEqual({
        top: { style: "thin" },
        left: { style: "thin" },
        bottom: { style: "thin" },
        right: { style: "thin" },
      });
      expect(sheet.getCell("C4").numFmt).toBe("0.0");
      expect(sheet.getColumn(2).width).toBe(40);
      expect(sheet.getRow(1).height).toBe(30);
    });

    it("reads back A4, the margins in inches, the print titles, fit to width and the footer", async () => {
      const host = XlsxHost.create();
      await host.writeSheets([
        specFixture({ page: { ...specFixture().page, orientation: "landscape" } }),
      ]);
      const sheet = (await exceljsOf(await host.toBuffer())).getWorksheet("Tổng hợp điểm 2018")!;

      expect(sheet.pageSetup.paperSize).toBe(9);
      expect(sheet.pageSetup.orientation).toBe("landscape");
      expect(sheet.pageSetup.margins?.top).toBeCloseTo(20 / 25.4, 3);
      expect(sheet.pageSetup.margins?.left).toBeCloseTo(30 / 25.4, 3);
      expect(sheet.pageSetup.margins?.right).toBeCloseTo(15 / 25.4, 3);
      expect(sheet.pageSetup.printTitlesRow).toBe("3:3");
      expect(sheet.pageSetup.fitToPage).toBe(true);
      expect(sheet.pageSetup.fitToWidth).toBe(1);
      expect(sheet.pageSetup.fitToHeight).toBe(0);
      expect(sheet.headerFooter.oddFooter).toBe('&C&"Times New Roman,Regular"Trang &P/&N');
    });

    it("keeps a footer that names its own section as it is", async () => {
      const host = XlsxHost.create();
      await host.writeSheets([
        specFixture({ page: { ...specFixture().page, footer: "&RTrang &P" } }),
      ]);
      const sheet = (await exceljsOf(await host.toBuffer())).getWorksheet("Tổng hợp điểm 2018")!;

      expect(sheet.headerFooter.oddFooter).toBe("&RTrang &P");
    });
  });

  describe("text that looks like a formula", () => {
    const texts = ["=1+1", "+SUM(A1)", "@x", "-2", '=HYPERLINK("http://example.com")'];

    it("is written as text and read back as the same string, never as a formula", async () => {
      const host = XlsxHost.create();
      await host.writeSheets([
        specFixture({ rows: [texts.map((value) => ({ value }))], merges: [] }),
      ]);
      const bytes = await host.toBuffer();

      const sheet = (await exceljsOf(bytes)).getWorksheet("Tổng hợp điểm 2018")!;
      texts.forEach((text, index) => {
        const cell = sheet.findCell(1, index + 1);
        expect(cell?.type).toBe(ExcelJS.ValueType.String);
        expect(cell?.formula).toBeUndefined();
        expect(cell?.value).toBe(text);
      });
      const [grid] = await (await openOrFail(bytes)).readSheets(["Tổng hợp điểm 2018"]);
      expect(grid?.values).toEqual([texts]);
    });
  });

  describe("text with characters XML cannot carry", () => {
    const texts = ["A\u0001B", "_x0041_", "a_x00e9_b", "dòng\r\nsau", "x\uFFFEy", "Hội Phụ nữ"];

    it("is read back exactly, so a generated sheet's fingerprint still matches", async () => {
      const spec = specFixture({ rows: [texts.map((value) => ({ value }))], merges: [] });
      const host = XlsxHost.create();
      await host.writeSheets([spec]);
      const [grid] = await (await reopen(host)).readSheets([spec.name]);

      expect(grid?.values).toEqual([texts]);
      expect(fingerprintGrid(grid!)).toBe(fingerprintSpec(spec));
    });

    it("is written with Excel's escapes, in a run only where there are some", async () => {
      const host = XlsxHost.create();
      await host.writeSheets([
        specFixture({ rows: [texts.map((value) => ({ value }))], merges: [] }),
      ]);
      const pack = OfficePackage.read(await host.toBuffer());
      const sheetXml = (await pack.text("xl/worksheets/sheet1.xml"))!;
      expect(sheetXml).toContain("<is><r><t>A_x0001_B</t></r></is>");
      expect(sheetXml).toContain("<is><r><t>_x005F_x0041_</t></r></is>");
      expect(sheetXml).toContain("<is><t>Hội Phụ nữ</t></is>");
    });

    it("keeps a configuration that holds such text", async () => {
      const json = JSON.stringify({ alias: "_x0041_ và _x000D_", odd: "\uFFFE" });
      const host = XlsxHost.create();
      await host.writeConfiguration(json);
      expect(await (await reopen(host)).readConfiguration()).toBe(json);
    });
  });

  describe("the add-in's own sheets", () => {
    it("replaces a sheet it made, even after a save and reload", async () => {
      const host = XlsxHost.create();
      await host.writeSheets([specFixture()]);
      const reloaded = await reopen(host);
      await reloaded.writeSheets([specFixture({ rows: [[{ value: "bản mới" }]], merges: [] })]);
      const again = await reopen(reloaded);

      expect(await again.listSheets()).toEqual(["Tổng hợp điểm 2018"]);
      const [grid] = await again.readSheets(["Tổng hợp điểm 2018"]);
      expect(grid?.values).toEqual([["bản mới"]]);
    });

    it("appends new sheets after the existing ones, in the order given", async () => {
      const host = await openOrFail(await userWorkbook());
      await host.writeSheets([
        specFixture({ name: "Kết quả bỏ phiếu 2018", kind: "ballotResults" }),
        specFixture(),
      ]);

      expect(await host.listSheets()).toEqual([
        "Đơn vị",
        "Ghi chú",
        "Kết quả bỏ phiếu 2018",
        "Tổng hợp điểm 2018",
      ]);
    });

    it("refuses, before writing anything, a name taken by a user's sheet, whatever its case", async () => {
      const host = await openOrFail(await userWorkbook());
      const write = host.writeSheets([specFixture(), specFixture({ name: "ĐƠN VỊ" })]);

      await expect(write).rejects.toThrow(HostError);
      await expect(write).rejects.toMatchObject({
        text: { vi: expect.stringContaining("Đơn vị") },
      });
      expect(await host.listSheets()).toEqual(["Đơn vị", "Ghi chú"]);
    });

    it("refuses to overwrite the configuration sheet", async () => {
      const host = XlsxHost.create();
      await host.writeConfiguration("{}");

      await expect(
        host.writeSheets([specFixture({ name: CONFIGURATION_SHEET_NAME })])
      ).rejects.toThrow(HostError);
    });

    it("refuses invalid sheet names and two specs with one name", async () => {
      const host = XlsxHost.create();

      await expect(host.writeSheets([specFixture({ name: "Bảng/điểm" })])).rejects.toThrow(
        HostError
      );
      await expect(host.writeSheets([specFixture({ name: "x".repeat(32) })])).rejects.toThrow(
        HostError
      );
      await expect(
        host.writeSheets([specFixture(), specFixture({ name: "TỔNG HỢP ĐIỂM 2018" })])
      ).rejects.toThrow(HostError);
      expect(await host.listSheets()).toEqual([]);
    });

    it("gives two sheets of the same kind and year marks of their own", async () => {
      const host = XlsxHost.create();
      await host.writeSheets([specFixture(), specFixture({ name: "Tổng hợp điểm 2018 (2)" })]);
      const reloaded = await reopen(host);
      await reloaded.writeSheets([
        specFixture({ name: "Tổng hợp điểm 2018 (2)", rows: [[{ value: 2 }]], merges: [] }),
      ]);

      expect(await reloaded.listSheets()).toEqual(["Tổng hợp điểm 2018", "Tổng hợp điểm 2018 (2)"]);
    });
  });

  describe("the user's sheets", () => {
    it("keep their values, formulas, merges and Tables after a write, a save and a reload", async () => {
      const original = await userWorkbook();
      const host = await openOrFail(original);
      await host.writeSheets([specFixture()]);
      await host.writeConfiguration('{"profile":"seed"}');
      const after = await exceljsOf(await host.toBuffer());
      const before = await exceljsOf(original);

      for (const name of ["Đơn vị", "Ghi chú"]) {
        const was = before.getWorksheet(name)!;
        const now = after.getWorksheet(name)!;
        const cells = (sheet: ExcelJS.Worksheet): unknown[] => {
          const seen: unknown[] = [];
          sheet.eachRow((row, rowNumber) =>
            row.eachCell((cell, columnNumber) =>
              seen.push([rowNumber, columnNumber, cell.type, cell.value, cell.formula])
            )
          );
          return seen;
        };
        expect(cells(now)).toEqual(cells(was));
        expect(now.model.merges).toEqual(was.model.merges);
      }
      expect(after.getWorksheet("Đơn vị")!.getTable("DonVi")).toBeDefined();
    });
  });

  describe("saving", () => {
    it("gives back the very bytes opened when nothing was written", async () => {
      const original = await userWorkbook();
      const host = await openOrFail(original);
      await host.readWorkbook();

      expect(await host.toBuffer()).toEqual(original);
    });

    it("reads what it wrote before the file is saved", async () => {
      const host = await openOrFail(await userWorkbook());
      await host.writeSheets([specFixture()], { configurationJson: '{"a":1}' });

      expect(await host.listSheets()).toEqual([
        "Đơn vị",
        "Ghi chú",
        "Tổng hợp điểm 2018",
        CONFIGURATION_SHEET_NAME,
      ]);
      expect(await host.readConfiguration()).toBe('{"a":1}');
      const contents = await host.readWorkbook();
      expect(contents.addinSheets.map((grid) => grid.sheetName)).toEqual(["Tổng hợp điểm 2018"]);
      expect(contents.grids.map((grid) => grid.sheetName)).toEqual(["Đơn vị", "Ghi chú"]);
    });
  });

  describe("a package it cannot write into", () => {
    it("gives a HostError in both languages and keeps the file as it was", async () => {
      const pack = OfficePackage.read(await userWorkbook());
      const rels = (await pack.text("_rels/.rels"))!;
      pack.set("_rels/.rels", rels.replace(/<Relationship [^>]*officeDocument"[^>]*\/>/, ""));
      const bytes = await pack.toBytes();
      const host = await openOrFail(bytes);

      await expect(host.writeSheets([specFixture()])).rejects.toMatchObject({
        text: {
          vi: expect.stringContaining("Không ghi được"),
          en: expect.stringContaining("could not be written"),
        },
      });
      expect(await host.toBuffer()).toEqual(bytes);
    });
  });

  describe("reading sheets", () => {
    it("turns formulas into their results, rich text and links into text, dates into ISO strings and errors into null", async () => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet("Dữ liệu");
      sheet.getCell("B2").value = { formula: "1+1", result: 2 };
      sheet.getCell("C2").value = {
        richText: [{ text: "Hội " }, { text: "Nông dân", font: { bold: true } }],
      };
      sheet.getCell("D2").value = { text: "Trang chủ", hyperlink: "https://example.com" };
      sheet.getCell("E2").value = new Date(Date.UTC(2018, 11, 5));
      sheet.getCell("F2").value = { error: "#DIV/0!" };
      sheet.getCell("G2").value = { formula: "1/0", result: { error: "#DIV/0!" } };
      sheet.getCell("H2").value = true;
      sheet.getCell("B3").value = "ô gộp";
      sheet.mergeCells("B3:C4");

      const [grid] = await (await openOrFail(await bytesOf(workbook))).readSheets(["dữ liệu"]);

      expect(grid).toEqual({
        sheetName: "Dữ liệu",
        originRow: 2,
        originColumn: 2,
        values: [
          [2, "Hội Nông dân", "Trang chủ", "2018-12-05", null, null, true],
          ["ô gộp", null, null, null, null, null, null],
          [null, null, null, null, null, null, null],
        ],
        merges: [{ top: 1, left: 0, bottom: 2, right: 1 }],
        tables: [],
      });
    });

    it("gives each Excel Table with its range as offsets", async () => {
      const [grid] = await (await openOrFail(await userWorkbook())).readSheets(["Đơn vị"]);

      expect(grid?.tables).toEqual([{ name: "DonVi", top: 2, left: 0, bottom: 4, right: 2 }]);
      expect(grid?.values[2]).toEqual(["STT", "Tên đơn vị", "Điểm"]);
      expect(grid?.values[6]).toEqual([null, null, 1957.5]);
    });

    it("gives an empty grid for an empty sheet", async () => {
      const workbook = new ExcelJS.Workbook();
      workbook.addWorksheet("Trống");
      const [grid] = await (await openOrFail(await bytesOf(workbook))).readSheets(["Trống"]);

      expect(grid).toEqual({
        sheetName: "Trống",
        originRow: 1,
        originColumn: 1,
        values: [],
        merges: [],
        tables: [],
      });
    });

    it("throws a HostError for a sheet that does not exist", async () => {
      const host = await openOrFail(await userWorkbook());

      await expect(host.readSheets(["Không có"])).rejects.toThrow(HostError);
    });
  });

  describe("the configuration", () => {
    it("is null in a workbook that has none", async () => {
      expect(await (await openOrFail(await userWorkbook())).readConfiguration()).toBeNull();
    });

    it("round-trips a 70,000-character JSON through a visible sheet with a bilingual title", async () => {
      const json = JSON.stringify({ profile: "ư".repeat(35_000), mapping: "=x".repeat(17_490) });
      expect(json.length).toBeGreaterThan(70_000);
      const host = await openOrFail(await userWorkbook());
      await host.writeConfiguration(json);
      const reloaded = await reopen(host);

      expect(await reloaded.readConfiguration()).toBe(json);
      const sheet = (await exceljsOf(await reloaded.toBuffer())).getWorksheet(
        CONFIGURATION_SHEET_NAME
      )!;
      expect(sheet.state).toBe("visible");
      expect(String(sheet.getCell("A1").value)).toContain("Thi Đua");
      expect(String(sheet.getCell("A2").value)).toMatch(/configuration/i);
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.formula).toBeUndefined();
          expect(String(cell.value).length).toBeLessThanOrEqual(32_767);
        })
      );
    });

    it("replaces a longer configuration with a shorter one, leaving no stale chunks", async () => {
      const host = XlsxHost.create();
      await host.writeConfiguration("a".repeat(65_000));
      await host.writeConfiguration('{"short":true}');
      const reloaded = await reopen(host);

      expect(await reloaded.readConfiguration()).toBe('{"short":true}');
      const [grid] = await reloaded.readSheets([CONFIGURATION_SHEET_NAME]);
      expect(grid?.values).toHaveLength(4);
      expect(await reloaded.listSheets()).toEqual([CONFIGURATION_SHEET_NAME]);
    });
  });

  describe("opening a file", () => {
    it("opens an ArrayBuffer as well as a Uint8Array", async () => {
      const bytes = await userWorkbook();
      const copy = bytes.slice().buffer;

      expect(await (await openOrFail(copy)).listSheets()).toEqual(["Đơn vị", "Ghi chú"]);
    });

    it("fails with a message in both languages for bytes that are not a workbook", async () => {
      const random = Uint8Array.from({ length: 512 }, (_, index) => (index * 7919 + 13) % 256);
      const outcome = await XlsxHost.open(random);

      expect(outcome).toEqual({ ok: false, error: OPEN_MESSAGES.notWorkbook });
      expect(OPEN_MESSAGES.notWorkbook.vi).toMatch(/không phải bảng tính/);
    });

    it("fails for an empty file", async () => {
      expect(await XlsxHost.open(new Uint8Array())).toEqual({
        ok: false,
        error: OPEN_MESSAGES.emptyFile,
      });
    });

    it("tells an old .xls, a password-protected workbook and an unknown OLE file apart", async () => {
      const ole = (streamName: string): Uint8Array => {
        const header = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
        const name = [...streamName].flatMap((char) => [char.charCodeAt(0), 0]);
        return Uint8Array.from([...header, ...new Array<number>(504).fill(0), ...name, 0, 0]);
      };

      expect(await XlsxHost.open(ole("Workbook"))).toEqual({
        ok: false,
        error: OPEN_MESSAGES.oldXls,
      });
      expect(await XlsxHost.open(ole("EncryptedPackage"))).toEqual({
        ok: false,
        error: OPEN_MESSAGES.encrypted,
      });
      expect(await XlsxHost.open(ole("Root Entry"))).toEqual({
        ok: false,
        error: OPEN_MESSAGES.oldXlsOrEncrypted,
      });
    });

    it("fails for a workbook without worksheets", async () => {
      const empty = await XlsxHost.create().toBuffer();

      expect(await XlsxHost.open(empty)).toEqual({ ok: false, error: OPEN_MESSAGES.noSheets });
    });

    it("fails for a damaged package", async () => {
      const bytes = await userWorkbook();
      const damaged = bytes.slice();
      damaged.fill(0, 100, bytes.length - 2_000);

      expect(await XlsxHost.open(damaged)).toEqual({ ok: false, error: OPEN_MESSAGES.damaged });
    });
  });
});
