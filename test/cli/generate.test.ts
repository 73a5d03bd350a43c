import ExcelJS from "exceljs";
import { entryText } from "../../src/hosts/xlsx/zipData";
import { zipEntries } from "../../src/hosts/xlsx/zipEntries";
import { runInMemory, sample } from "./runCli.helpers";

async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}

function sheetValues(worksheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  worksheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    rows[rowNumber] = (row.values as unknown[]).map((value) => JSON.stringify(value ?? null));
  });
  return rows;
}

describe("thidua generate on the seed sample", () => {
  let run: Awaited<ReturnType<typeof runInMemory>>;
  beforeAll(async () => {
    run = await runInMemory(["generate", "seed.xlsx", "-o", "out.xlsx", "--json"], {
      "seed.xlsx": sample("seed-2018.xlsx"),
    });
  }, 60_000);

  test("gives exactly the seed's decisions (SPEC §7)", () => {
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.year).toBe(2018);
    expect(
      result.units.map((u: { name: string; rank: number; grade: string }) => [
        u.name,
        u.rank,
        u.grade,
      ])
    ).toEqual([
      ["Hội Liên hiệp Phụ nữ tỉnh", 1, "excellent"],
      ["Liên đoàn Lao động tỉnh", 2, "excellent"],
      ["Ủy ban MTTQ Việt Nam tỉnh", 3, "excellent"],
      ["Tỉnh đoàn", 4, "excellent"],
      ["Hội Nông dân tỉnh", 5, "excellent"],
      ["Hội Cựu chiến binh tỉnh", 6, "excellent"],
    ]);
    expect(
      result.nominations.map((n: { unit: string; award: string }) => [n.unit, n.award])
    ).toEqual([
      ["Hội Liên hiệp Phụ nữ tỉnh", "co-chinh-phu"],
      ["Liên đoàn Lao động tỉnh", "co-tinh"],
      ["Ủy ban MTTQ Việt Nam tỉnh", "bang-khen-tinh"],
      ["Tỉnh đoàn", "bang-khen-tinh"],
      ["Hội Nông dân tỉnh", "bang-khen-tinh"],
      ["Hội Cựu chiến binh tỉnh", "bang-khen-tinh"],
    ]);
    expect(result.leader).toMatchObject({ unit: "Hội Liên hiệp Phụ nữ tỉnh", year: 2019 });
    expect(result.problems).toEqual([]);
  });

  test("writes a copy with the output sheets, set up for A4 printing", async () => {
    const workbook = await loadWorkbook(run.files.get("out.xlsx")!);
    const names = workbook.worksheets.map((w) => w.name);
    expect(names).toEqual(
      expect.arrayContaining([
        "Kiểm tra dữ liệu 2018",
        "Tổng hợp điểm 2018",
        "Kết quả bỏ phiếu 2018",
        "Đề nghị khen thưởng 2018",
        "Đề xuất Khối trưởng 2019",
      ])
    );
    for (const name of names.filter((n) => /20(18|19)$/.test(n) && !n.startsWith("Chấm"))) {
      const setup = workbook.getWorksheet(name)!.pageSetup;
      expect({
        name,
        paper: setup.paperSize,
        fitToWidth: setup.fitToWidth,
        fitToPage: setup.fitToPage,
      }).toEqual({
        name,
        paper: 9,
        fitToWidth: 1,
        fitToPage: true,
      });
      // Decree 30/2020: left 30–35 mm, right 15–20 mm, top and bottom 20–25 mm (exceljs keeps inches).
      const mm = (inches: number | undefined) => (inches ?? 0) * 25.4;
      expect(mm(setup.margins?.left)).toBeGreaterThanOrEqual(29.9);
      expect(mm(setup.margins?.left)).toBeLessThanOrEqual(35.1);
      expect(mm(setup.margins?.right)).toBeGreaterThanOrEqual(14.9);
      expect(mm(setup.margins?.right)).toBeLessThanOrEqual(20.1);
      expect(mm(setup.margins?.top)).toBeGreaterThanOrEqual(19.9);
      expect(mm(setup.margins?.bottom)).toBeGreaterThanOrEqual(19.9);
      expect(setup.printTitlesRow).toMatch(/^\$?\d+:\$?\d+$/);
    }
  });

  test("puts the seed's proposals on the nomination sheet", async () => {
    const workbook = await loadWorkbook(run.files.get("out.xlsx")!);
    const text = JSON.stringify(sheetValues(workbook.getWorksheet("Đề nghị khen thưởng 2018")!));
    expect(text).toContain("Hội Liên hiệp Phụ nữ tỉnh");
    expect(text.toUpperCase()).toContain("CỜ THI ĐUA CỦA CHÍNH PHỦ");
  });

  test("leaves the source sheets' values unchanged", async () => {
    const before = await loadWorkbook(sample("seed-2018.xlsx"));
    const after = await loadWorkbook(run.files.get("out.xlsx")!);
    for (const worksheet of before.worksheets) {
      if (worksheet.name === "ThiDua_CauHinh") continue;
      expect({
        sheet: worksheet.name,
        values: sheetValues(after.getWorksheet(worksheet.name)!),
      }).toEqual({
        sheet: worksheet.name,
        values: sheetValues(worksheet),
      });
      expect(after.getWorksheet(worksheet.name)!.model.merges).toEqual(worksheet.model.merges);
    }
  });

  test("copies every source sheet's part byte for byte", async () => {
    const stored = (bytes: Uint8Array) =>
      new Map(
        zipEntries(bytes).map((entry) => [entry.name, Buffer.from(entry.data).toString("hex")])
      );
    const before = stored(sample("seed-2018.xlsx"));
    const after = stored(run.files.get("out.xlsx")!);
    const sheetParts = [...before.keys()].filter((name) => name.startsWith("xl/worksheets/"));

    expect(sheetParts.length).toBeGreaterThanOrEqual(6);
    // The configuration sheet is the add-in's own, rewritten with the fingerprints.
    const changed = sheetParts.filter((name) => after.get(name) !== before.get(name));
    expect(changed).toHaveLength(1);
    const rewritten = zipEntries(run.files.get("out.xlsx")!).find((e) => e.name === changed[0])!;
    expect(await entryText(rewritten)).toContain("THIDUA-CONFIGURATION-V1");
    expect(after.get("xl/sharedStrings.xml")).toBe(before.get("xl/sharedStrings.xml"));
  });

  test("regenerating replaces only its own sheets", async () => {
    const again = await runInMemory(["generate", "out.xlsx", "-o", "again.xlsx"], {
      "out.xlsx": run.files.get("out.xlsx")!,
    });
    expect(again.code).toBe(0);
    const first = await loadWorkbook(run.files.get("out.xlsx")!);
    const second = await loadWorkbook(again.files.get("again.xlsx")!);
    expect(second.worksheets.map((w) => w.name).sort()).toEqual(
      first.worksheets.map((w) => w.name).sort()
    );
  }, 60_000);
});
