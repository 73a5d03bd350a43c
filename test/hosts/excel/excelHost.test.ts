import { readFileSync } from "fs";
import { join } from "path";
import { ExcelHost } from "../../../src/hosts/excel";
import { estimateRequestBytes } from "../../../src/hosts/excel/writeSheetSpec";
import { HostError } from "../../../src/hosts/shared/hostError";
import { XlsxHost } from "../../../src/hosts/xlsx";
import { analyzeWorkbook } from "../../../src/job/analyzeWorkbook";
import { generateSheets } from "../../../src/job/generateSheets";
import type { Grid } from "../../../src/sheets/grid";
import { createFakeWorkbook, fakeRun, type FakeWorkbook } from "./fakeExcel";

const TODAY = { year: 2026, month: 11, day: 25 };
const SUPPORTS_ALL = () => true;

async function sampleGrids(name: string): Promise<Grid[]> {
  const opened = await XlsxHost.open(
    new Uint8Array(readFileSync(join(__dirname, "../../../samples", name)))
  );
  if (!opened.ok) throw new Error(opened.error.en);
  const contents = await opened.value.readWorkbook();
  return contents.grids as Grid[];
}

/** A bloc of `count` units, scored units-as-rows, as plain grids. */
function gridsForUnits(count: number): Grid[] {
  const names = Array.from({ length: count }, (_, i) => `Đơn vị số ${i + 1}`);
  const blank = { merges: [], tables: [], originRow: 1, originColumn: 1 };
  return [
    {
      ...blank,
      sheetName: "Đơn vị",
      values: [
        ["STT", "Tên đơn vị", "Thứ tự luân phiên"],
        ...names.map((name, i) => [i + 1, name, i + 1]),
      ],
    },
    {
      ...blank,
      sheetName: "Chấm điểm",
      values: [
        ["BẢNG CHẤM ĐIỂM THI ĐUA NĂM 2025", null, null, null],
        ["STT", "Tên đơn vị", "Nhóm I (60 điểm)", "Nhóm II (40 điểm)"],
        ...names.map((name, i) => [i + 1, name, 30 + ((i * 7) % 30), 20 + ((i * 3) % 20)]),
      ],
    },
  ];
}

function setUp(
  grids: Grid[],
  supports: (set: string, version: string) => boolean = SUPPORTS_ALL,
  maxRequestBytes?: number
) {
  const book = createFakeWorkbook(grids);
  const host = new ExcelHost(fakeRun(book), { supports, maxRequestBytes });
  return { book, host };
}

async function generateInto(host: ExcelHost, book: FakeWorkbook) {
  const contents = await host.readWorkbook();
  const readSyncs = book.syncs;
  const analysis = analyzeWorkbook(contents, { today: TODAY });
  const specs = generateSheets(analysis, { today: TODAY, language: "vi" });
  const warnings = await host.writeSheets(specs);
  return { contents, analysis, specs, warnings, readSyncs, writeSyncs: book.syncs - readSyncs };
}

describe("ExcelHost round trips", () => {
  test("reads the seed workbook in 2 syncs and writes its five sheets in 1", async () => {
    const grids = await sampleGrids("seed-2018.xlsx");
    const { book, host } = setUp(grids);
    const { contents, specs, readSyncs, writeSyncs } = await generateInto(host, book);
    expect(readSyncs).toBe(2);
    expect(writeSyncs).toBe(1);
    expect(contents.grids.map((g) => g.sheetName)).toEqual(
      grids.map((g) => g.sheetName).filter((n) => n !== "ThiDua_CauHinh")
    );
    expect(specs).toHaveLength(5);
    expect(book.calculationSuspended).toBe(1);
  });

  test("reads 1,000 units in 2 syncs and writes in as few as the 5 MB request limit allows", async () => {
    const { book, host } = setUp(gridsForUnits(1000));
    const { analysis, specs, readSyncs, writeSyncs } = await generateInto(host, book);
    expect(analysis.blocs[0]!.input.units).toHaveLength(1000);
    expect(specs).toHaveLength(5);
    expect(readSyncs).toBe(2);
    // One sync per 4 MB of estimated request, never one per sheet or per unit.
    const total = specs.reduce((sum, spec) => sum + estimateRequestBytes(spec), 0);
    expect(writeSyncs).toBeLessThanOrEqual(Math.ceil(total / 4_000_000) + 1);
    expect(writeSyncs).toBeLessThan(specs.length);
  });

  test("writes 1,000 units in one sync where the request limit does not bind", async () => {
    const { book, host } = setUp(gridsForUnits(1000), SUPPORTS_ALL, Number.MAX_SAFE_INTEGER);
    const { readSyncs, writeSyncs } = await generateInto(host, book);
    expect([readSyncs, writeSyncs]).toEqual([2, 1]);
  });

  test("never writes to the secretariat's sheets", async () => {
    const grids = await sampleGrids("seed-2018.xlsx");
    const { book, host } = setUp(grids);
    await generateInto(host, book);
    for (const grid of grids) {
      expect({
        sheet: grid.sheetName,
        writes: book.sheets.find((s) => s.name === grid.sheetName)!.writes,
      }).toEqual({
        sheet: grid.sheetName,
        writes: 0,
      });
    }
  });

  test("gives the new sheets A4 page setup, print titles and a mark", async () => {
    const { book, host } = setUp(await sampleGrids("seed-2018.xlsx"));
    const { specs } = await generateInto(host, book);
    const summary = book.sheets.find((s) => s.name === "Tổng hợp điểm 2018")!;
    expect(summary.pageLayout.paperSize).toBe("A4");
    expect(summary.pageLayout.printTitleRows).toMatch(/^\$\d+:\$\d+$/);
    expect(summary.pageLayout.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    expect(Number(summary.pageLayout.leftMargin)).toBeCloseTo((30 * 72) / 25.4, 0);
    expect(book.names.filter((n) => n.name.startsWith("ThiDua_Sheet_"))).toHaveLength(specs.length);
  });
});

describe("ExcelHost writing user text", () => {
  test("writes text that starts with = + - @ as text, with the format set before the value", async () => {
    const grids = await sampleGrids("seed-2018.xlsx");
    const renamed = grids.map((grid) => ({
      ...grid,
      values: grid.values.map((row) =>
        row.map((v) => (v === "Tỉnh đoàn" ? "=1+1" : v === "Hội Nông dân tỉnh" ? "@x" : v))
      ),
    }));
    const { book, host } = setUp(renamed);
    await generateInto(host, book);
    const summary = book.sheets.find((s) => s.name === "Tổng hợp điểm 2018")!;
    const risky = [...summary.cells.values()].filter(
      (cell) => cell.value === "=1+1" || cell.value === "@x"
    );
    expect(risky).toHaveLength(2);
    for (const cell of risky) expect(cell.formatAtWrite).toBe("@");
  });
});

describe("ExcelHost protecting the workbook", () => {
  test("refuses a clash with a user's sheet before writing anything", async () => {
    const grids = await sampleGrids("seed-2018.xlsx");
    const mine: Grid = {
      sheetName: "Tổng hợp điểm 2018",
      originRow: 1,
      originColumn: 1,
      values: [["của tôi"]],
      merges: [],
      tables: [],
    };
    const { book, host } = setUp([...grids, mine]);
    const contents = await host.readWorkbook();
    const specs = generateSheets(analyzeWorkbook(contents, { today: TODAY }), {
      today: TODAY,
      language: "vi",
    });
    const before = { sheets: book.sheets.length, syncs: book.syncs };
    await expect(host.writeSheets(specs)).rejects.toBeInstanceOf(HostError);
    expect({ sheets: book.sheets.length, syncs: book.syncs }).toEqual(before);
    expect(book.sheets.find((s) => s.name === "Tổng hợp điểm 2018")!.writes).toBe(0);
  });

  test("replaces its own sheets when generating again", async () => {
    const { book, host } = setUp(await sampleGrids("seed-2018.xlsx"));
    await generateInto(host, book);
    const count = book.sheets.length;
    const again = await generateInto(host, book);
    expect(again.contents.addinSheets).toHaveLength(5);
    expect(book.sheets).toHaveLength(count);
    expect(again.writeSyncs).toBe(1);
  });

  test("without ExcelApi 1.9 writes the sheets without page setup and says so", async () => {
    const { book, host } = setUp(
      await sampleGrids("seed-2018.xlsx"),
      (_set: string, version: string) => version !== "1.9"
    );
    const { warnings } = await generateInto(host, book);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.en).toMatch(/ExcelApi 1\.9/);
    expect(
      book.sheets.find((s) => s.name === "Tổng hợp điểm 2018")!.pageLayout.paperSize
    ).toBeUndefined();
  });

  test("splits a write in several syncs only when the request would be too large", async () => {
    const { book, host } = setUp(await sampleGrids("seed-2018.xlsx"), SUPPORTS_ALL, 1000);
    const { writeSyncs, specs } = await generateInto(host, book);
    expect(writeSyncs).toBeGreaterThan(1);
    expect(writeSyncs).toBeLessThanOrEqual(specs.length);
  });
});

describe("ExcelHost configuration and selection", () => {
  test("stores the configuration in its visible sheet as text and reads it back", async () => {
    const { book, host } = setUp(await sampleGrids("seed-2018.xlsx"));
    const json = JSON.stringify({ version: 1, note: "=not a formula", long: "x".repeat(70_000) });
    await host.writeConfiguration(json);
    expect(await host.readConfiguration()).toBe(json);
    const sheet = book.sheets.find((s) => s.name === "ThiDua_CauHinh")!;
    expect([...sheet.cells.values()].every((cell) => cell.numberFormat === "@")).toBe(true);
  });
});
