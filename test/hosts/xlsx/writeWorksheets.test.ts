import ExcelJS from "exceljs";
import { OfficePackage } from "../../../src/hosts/xlsx/officePackage";
import { PackageError } from "../../../src/hosts/xlsx/packageError";
import { documentContent } from "../../../src/hosts/xlsx/worksheetContent";
import { writeWorksheets } from "../../../src/hosts/xlsx/writeWorksheets";
import { writeZip } from "../../../src/hosts/xlsx/writeZip";
import { entryText, textEntry } from "../../../src/hosts/xlsx/zipData";
import { zipEntries } from "../../../src/hosts/xlsx/zipEntries";
import { specFixture } from "../specFixture";

const PIVOT = "xl/pivotTables/pivotTable1.xml";
const CALC_CHAIN = "xl/calcChain.xml";

/**
 * A secretariat's workbook with what exceljs does not carry over: a formula defined name, a
 * pivot table part (stands for charts, slicers…) and a calculation chain.
 */
async function userPackage(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Đơn vị").getCell("A1").value = { formula: "1+1", result: 2 };
  workbook.addWorksheet("Ghi chú").getCell("B2").value = "ghi chú";
  const pack = OfficePackage.read(
    new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer)
  );
  const workbookXml = (await pack.text("xl/workbook.xml"))!;
  pack.set(
    "xl/workbook.xml",
    workbookXml.replace(
      "</sheets>",
      "</sheets><definedNames><definedName name=\"Tong\">SUM('Đơn vị'!$A:$A)*2</definedName></definedNames>"
    )
  );
  pack.set(PIVOT, '<pivotTableDefinition name="Pivot"/>');
  pack.set(CALC_CHAIN, '<calcChain><c r="A1" i="1"/></calcChain>');
  const rels = (await pack.text("xl/_rels/workbook.xml.rels"))!;
  pack.set(
    "xl/_rels/workbook.xml.rels",
    rels.replace(
      "</Relationships>",
      '<Relationship Id="rIdCalc" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>'
    )
  );
  const types = (await pack.text("[Content_Types].xml"))!;
  pack.set(
    "[Content_Types].xml",
    types.replace(
      "</Types>",
      '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>'
    )
  );
  return pack.toBytes();
}

async function exceljsOf(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

const EDITED = new Set([
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "[Content_Types].xml",
  "xl/styles.xml",
]);

describe("writeWorksheets", () => {
  it("copies every part it does not need to change byte for byte, in its place", async () => {
    const before = await userPackage();
    const after = await writeWorksheets(before, [documentContent(specFixture())]);
    const entries = zipEntries(after);
    const original = zipEntries(before);

    expect(entries.slice(0, original.length).map((entry) => entry.name)).toEqual(
      original.map((entry) => entry.name)
    );
    for (const [index, entry] of original.entries()) {
      if (EDITED.has(entry.name)) continue;
      expect({ name: entry.name, data: entries[index]!.data }).toEqual({
        name: entry.name,
        data: entry.data,
      });
    }
    expect(entries.map((entry) => entry.name)).toContain(PIVOT);
    expect(entries.map((entry) => entry.name)).toContain(CALC_CHAIN);
  });

  it("keeps the workbook's own defined names, even those exceljs cannot read", async () => {
    const after = await writeWorksheets(await userPackage(), [documentContent(specFixture())]);
    const workbookXml = (await OfficePackage.read(after).text("xl/workbook.xml"))!;

    expect(workbookXml).toContain("<definedName name=\"Tong\">SUM('Đơn vị'!$A:$A)*2</definedName>");
    expect(workbookXml).toContain(
      "<definedName name=\"ThiDua_Sheet_scoreSummary_2018\">'Tổng hợp điểm 2018'!$A$1</definedName>"
    );
  });

  it("gives a package exceljs reads: the user's cells, the new sheet with its format and print titles", async () => {
    const after = await writeWorksheets(await userPackage(), [documentContent(specFixture())]);
    const workbook = await exceljsOf(after);

    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      "Đơn vị",
      "Ghi chú",
      "Tổng hợp điểm 2018",
    ]);
    expect(workbook.getWorksheet("Đơn vị")!.getCell("A1").value).toEqual({
      formula: "1+1",
      result: 2,
    });
    const sheet = workbook.getWorksheet("Tổng hợp điểm 2018")!;
    expect(sheet.getCell("B4").value).toBe("Hội Liên hiệp Phụ nữ tỉnh");
    expect(sheet.getCell("C4").numFmt).toBe("0.0");
    expect(sheet.pageSetup.printTitlesRow).toBe("3:3");
  });

  it("rewrites a sheet in place, dropping its old relationships and the calculation chain", async () => {
    const first = await writeWorksheets(await userPackage(), [
      documentContent(specFixture()),
      documentContent(specFixture({ name: "Kết quả bỏ phiếu 2018", kind: "ballotResults" })),
    ]);
    const withDrawing = OfficePackage.read(first);
    withDrawing.set("xl/worksheets/_rels/sheet3.xml.rels", "<Relationships/>");
    const second = await writeWorksheets(await withDrawing.toBytes(), [
      documentContent(specFixture({ rows: [[{ value: "bản mới" }]], merges: [] })),
    ]);
    const pack = OfficePackage.read(second);
    const workbook = await exceljsOf(second);

    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      "Đơn vị",
      "Ghi chú",
      "Tổng hợp điểm 2018",
      "Kết quả bỏ phiếu 2018",
    ]);
    expect(workbook.getWorksheet("Tổng hợp điểm 2018")!.getCell("A1").value).toBe("bản mới");
    expect(pack.has("xl/worksheets/_rels/sheet3.xml.rels")).toBe(false);
    expect(pack.has(CALC_CHAIN)).toBe(false);
    expect(await pack.text("xl/_rels/workbook.xml.rels")).not.toContain("calcChain");
    expect(await pack.text("[Content_Types].xml")).not.toContain("calcChain");
    const names = (await pack.text("xl/workbook.xml"))!.match(/_xlnm\.Print_Titles/g);
    expect(names).toHaveLength(2);
  });

  it("writes into a package without a stylesheet, giving it one", async () => {
    const source = OfficePackage.read(await userPackage());
    source.remove("xl/styles.xml");
    const rels = (await source.text("xl/_rels/workbook.xml.rels"))!;
    source.set(
      "xl/_rels/workbook.xml.rels",
      rels.replace(/<Relationship [^>]*styles"[^>]*\/>/, "")
    );
    const after = await writeWorksheets(await source.toBytes(), [documentContent(specFixture())]);

    const sheet = (await exceljsOf(after)).getWorksheet("Tổng hợp điểm 2018")!;
    expect(sheet.getCell("A1").font).toMatchObject({
      name: "Times New Roman",
      size: 14,
      bold: true,
    });
  });

  it("throws a PackageError for a package that names no workbook", async () => {
    const bytes = writeZip([await textEntry("[Content_Types].xml", "<Types/>")]);

    await expect(writeWorksheets(bytes, [documentContent(specFixture())])).rejects.toThrow(
      PackageError
    );
  });

  it("leaves a package's entry names and text readable by any zip reader", async () => {
    const after = await writeWorksheets(await userPackage(), [documentContent(specFixture())]);
    const sheet = zipEntries(after).find((entry) => entry.name === "xl/worksheets/sheet3.xml")!;

    expect(await entryText(sheet)).toContain("Hội Liên hiệp Phụ nữ tỉnh");
  });
});
