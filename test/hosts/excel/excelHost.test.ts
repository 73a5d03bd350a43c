import { readFileSync } from "fs";
import { join } from "path";
import type { SheetSpec } from "../../../src/documents/sheetSpec";
import { ExcelHost, officeThemeIsDark } from "../../../src/hosts/excel";
import { HostError } from "../../../src/hosts/shared/hostError";
import { XlsxHost } from "../../../src/hosts/xlsx";
import { analyzeWorkbook } from "../../../src/job/analyzeWorkbook";
import { serializeConfiguration } from "../../../src/job/configuration";
import { generateSheets } from "../../../src/job/generateSheets";
import { planGeneration } from "../../../src/job/planGeneration";
import { CONFIGURATION_SHEET_NAME } from "../../../src/sheets/configurationSheet";
import type { Grid } from "../../../src/sheets/grid";
import { specFixture } from "../specFixture";
import { createFakeWorkbook, fakeRun, type FakeSheet, type FakeWorkbook } from "./fakeExcel";

const TODAY = { year: 2026, month: 11, day: 25 };
const SUPPORTS_ALL = () => true;
const SUMMARY = "Tổng hợp điểm 2018";

/** Every sheet of a sample workbook, as the `.xlsx` host reads it. */
async function sampleGrids(name: string): Promise<Grid[]> {
  const opened = await XlsxHost.open(
    new Uint8Array(readFileSync(join(__dirname, "../../../samples", name)))
  );
  if (!opened.ok) throw new Error(opened.error.en);
  return opened.value.readSheets(await opened.value.listSheets());
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
  grids: readonly Grid[],
  supports: (set: string, version: string) => boolean = SUPPORTS_ALL,
  maxRequestBytes?: number
) {
  const book = createFakeWorkbook(grids);
  const host = new ExcelHost(fakeRun(book), { supports, maxRequestBytes });
  return { book, host };
}

/**
 * What the pane does: read the workbook, analyse it, generate the documents, write them with
 * the configuration that records them.
 */
async function generateInto(host: ExcelHost, book: FakeWorkbook) {
  const before = book.syncs;
  const contents = await host.readWorkbook();
  const readSyncs = book.syncs - before;
  const analysis = analyzeWorkbook(contents, { today: TODAY });
  const specs = generateSheets(analysis, { today: TODAY, language: "vi" });
  const plan = planGeneration(specs, contents, analysis.configuration);
  const warnings = await host.writeSheets(specs, {
    configurationJson: serializeConfiguration(plan.configuration),
  });
  return {
    contents,
    analysis,
    specs,
    warnings,
    readSyncs,
    writeSyncs: book.syncs - before - readSyncs,
  };
}

function sheet(book: FakeWorkbook, name: string): FakeSheet {
  const found = book.sheets.find((candidate) => candidate.name === name);
  if (found === undefined) throw new Error(`no sheet ${name}`);
  return found;
}

/** The workbook's state as plain data, to compare before and after. */
function snapshot(book: FakeWorkbook) {
  return JSON.stringify({
    sheets: book.sheets.map((s) => ({ ...s, cells: [...s.cells.entries()] })),
    names: book.names,
  });
}

/** A grid's non-empty cells by their address in the sheet. */
function cellsOf(grid: Grid): Map<string, unknown> {
  const cells = new Map<string, unknown>();
  grid.values.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== null) cells.set(`${grid.originRow + r},${grid.originColumn + c}`, value);
    })
  );
  return cells;
}

describe("ExcelHost reading", () => {
  test("reads the seed workbook in 2 syncs, with the values and merges the .xlsx host reads", async () => {
    const grids = await sampleGrids("seed-2018.xlsx");
    const { book, host } = setUp(grids);
    const contents = await host.readWorkbook();
    expect(book.syncs).toBe(2);
    expect(contents.sheetNames).toEqual(grids.map((grid) => grid.sheetName));
    const mergedSheet = grids.find((grid) => grid.merges.length > 0);
    expect(mergedSheet).toBeDefined();
    for (const read of contents.grids) {
      const expected = grids.find((grid) => grid.sheetName === read.sheetName)!;
      expect(cellsOf(read)).toEqual(cellsOf(expected));
      const absolute = (grid: Grid) =>
        grid.merges.map((m) => [
          grid.originRow + m.top,
          grid.originColumn + m.left,
          grid.originRow + m.bottom,
          grid.originColumn + m.right,
        ]);
      expect(absolute(read)).toEqual(absolute(expected));
    }
  });

  test("reads 1,000 units in the same 2 syncs", async () => {
    const { book, host } = setUp(gridsForUnits(1000));
    const contents = await host.readWorkbook();
    expect(book.syncs).toBe(2);
    expect(contents.grids[1]!.values).toHaveLength(1002);
  });

  test("without ExcelApi 1.13 reads no merged areas, still in 2 syncs", async () => {
    const grids = await sampleGrids("seed-2018.xlsx");
    const { book, host } = setUp(grids, (_set, version) => version !== "1.13");
    const contents = await host.readWorkbook();
    expect(book.syncs).toBe(2);
    expect(contents.grids.flatMap((grid) => grid.merges)).toEqual([]);
  });

  test("reads a merged area on a sheet whose name holds a comma and an apostrophe", async () => {
    const grid: Grid = {
      sheetName: "Bảng, điểm 'cũ'",
      originRow: 2,
      originColumn: 2,
      values: [
        ["Tiêu đề", null],
        [1, 2],
      ],
      merges: [{ top: 0, left: 0, bottom: 0, right: 1 }],
      tables: [],
    };
    const { host } = setUp([grid]);
    const [read] = (await host.readWorkbook()).grids;
    expect(read).toEqual(grid);
  });

  test("reads an empty sheet as an empty grid", async () => {
    const empty: Grid = {
      sheetName: "Trống",
      originRow: 1,
      originColumn: 1,
      values: [],
      merges: [],
      tables: [],
    };
    const { host } = setUp([empty]);
    expect((await host.readWorkbook()).grids).toEqual([empty]);
  });

  test("lists the sheets in one sync", async () => {
    const { book, host } = setUp(gridsForUnits(6));
    expect(await host.listSheets()).toEqual(["Đơn vị", "Chấm điểm"]);
    expect(book.syncs).toBe(1);
  });

  test("reads the named sheets, in the order asked and whatever their case, in 2 syncs", async () => {
    const { book, host } = setUp(gridsForUnits(6));
    const grids = await host.readSheets(["chấm điểm", "Đơn vị"]);
    expect(grids.map((grid) => grid.sheetName)).toEqual(["Chấm điểm", "Đơn vị"]);
    expect(grids[1]!.values[1]).toEqual([1, "Đơn vị số 1", 1]);
    expect(book.syncs).toBe(2);
  });

  test("refuses to read a sheet that does not exist, in Vietnamese and English", async () => {
    const { host } = setUp(gridsForUnits(6));
    const reading = host.readSheets(["Đơn vị", "Không có"]);
    await expect(reading).rejects.toBeInstanceOf(HostError);
    await expect(reading).rejects.toMatchObject({
      text: {
        vi: expect.stringContaining("Không tìm thấy"),
        en: expect.stringContaining("not found"),
      },
    });
  });
});

describe("ExcelHost generating the documents", () => {
  test("writes the seed's five sheets and the configuration in 1 sync after 2 to read, with calculation suspended", async () => {
    const grids = await sampleGrids("seed-2018.xlsx");
    const { book, host } = setUp(grids);
    const { specs, readSyncs, writeSyncs, warnings } = await generateInto(host, book);
    expect([readSyncs, writeSyncs]).toEqual([2, 1]);
    expect(specs).toHaveLength(5);
    expect(warnings).toEqual([]);
    expect(book.syncsWithCalculationSuspended).toBe(1);
    // New sheets at the end, in the specs' order, each marked as the add-in's.
    // The seed sample already holds its configuration sheet: rewritten in place.
    expect(grids.map((grid) => grid.sheetName)).toContain(CONFIGURATION_SHEET_NAME);
    expect(book.sheets.map((s) => s.name)).toEqual([
      ...grids.map((grid) => grid.sheetName),
      ...specs.map((spec) => spec.name),
    ]);
    expect(await host.readConfiguration()).toContain(specs[0]!.name);
    expect(book.names.map((n) => n.formula).sort()).toEqual(
      specs.map((spec) => `='${spec.name}'!$A$1`).sort()
    );
  });

  test("writes 1,000 units in 1 sync after 2 to read", async () => {
    const { book, host } = setUp(gridsForUnits(1000));
    const { analysis, specs, readSyncs, writeSyncs } = await generateInto(host, book);
    expect(analysis.blocs[0]!.input.units).toHaveLength(1000);
    expect(specs).toHaveLength(5);
    expect([readSyncs, writeSyncs]).toEqual([2, 1]);
  });

  test.each([
    ["the seed's 6 units", () => sampleGrids("seed-2018.xlsx")],
    ["1,000 units", async () => gridsForUnits(1000)],
  ])(
    "a review meeting with %s: 2 syncs to open, then 1 to re-read and 1 to write each time",
    async (_label, grids) => {
      const { book, host } = setUp(await grids());
      const opened = await host.readWorkbook();
      expect(book.syncs).toBe(2);
      const first = await generateInto(host, book);
      const again = await generateInto(host, book);
      expect([first.readSyncs, first.writeSyncs, again.readSyncs, again.writeSyncs]).toEqual([
        1, 1, 1, 1,
      ]);
      // The one-sync reads see exactly what a fresh host reads in two.
      expect(first.contents).toEqual(opened);
      const fresh = new ExcelHost(fakeRun(book), { supports: SUPPORTS_ALL });
      const afterwards = await host.readWorkbook();
      expect(afterwards).toEqual(await fresh.readWorkbook());
      expect(afterwards.addinSheets.map((grid) => grid.sheetName)).toEqual(
        again.specs.map((spec) => spec.name)
      );
      expect(afterwards.configurationJson).toContain(again.specs[0]!.name);
    }
  );

  test("never writes to the secretariat's sheets, even when generating twice", async () => {
    const grids = await sampleGrids("seed-2018.xlsx");
    const { book, host } = setUp(grids);
    await generateInto(host, book);
    await generateInto(host, book);
    const sources = grids.filter((grid) => grid.sheetName !== CONFIGURATION_SHEET_NAME);
    expect(sources.length).toBe(grids.length - 1);
    for (const grid of sources) {
      expect({ sheet: grid.sheetName, writes: sheet(book, grid.sheetName).writes }).toEqual({
        sheet: grid.sheetName,
        writes: [],
      });
    }
  });

  test("replaces its own sheets, edited or not, when generating again, in 1 sync", async () => {
    const { book, host } = setUp(await sampleGrids("seed-2018.xlsx"));
    const first = await generateInto(host, book);
    const sheetNames = book.sheets.map((s) => s.name);
    const names = book.names.map((n) => n.name).sort();
    sheet(book, SUMMARY).cells.set("200,1", {
      value: "sửa tay",
      numberFormat: "General",
      formatAtWrite: "General",
    });
    const again = await generateInto(host, book);
    expect(again.contents.addinSheets.map((grid) => grid.sheetName)).toEqual(
      first.specs.map((spec) => spec.name)
    );
    expect(again.contents.grids.some((grid) => grid.sheetName === SUMMARY)).toBe(false);
    expect(again.writeSyncs).toBe(1);
    expect(book.sheets.map((s) => s.name)).toEqual(sheetNames);
    expect(book.names.map((n) => n.name).sort()).toEqual(names);
    expect(sheet(book, SUMMARY).cells.has("200,1")).toBe(false);
  });

  test("reads the workbook first when writing without a read, then writes in 1 sync", async () => {
    const { book, host } = setUp(gridsForUnits(6));
    await host.writeSheets([specFixture()]);
    expect(book.syncs).toBe(3);
    expect(book.operationsPerSync.slice(0, 2)).toEqual([0, 0]);
  });

  test("writes nothing, and does not sync, for no specs", async () => {
    const { book, host } = setUp(gridsForUnits(6));
    await host.readWorkbook();
    expect(await host.writeSheets([])).toEqual([]);
    expect(book.syncs).toBe(2);
  });
});

describe("ExcelHost reading again after a co-author's change", () => {
  const SOURCES = ["Đơn vị", "Chấm điểm"];

  test("sees a sheet a co-author added since the last read", async () => {
    const { book, host } = setUp(gridsForUnits(3));
    await host.readWorkbook();
    book.sheets.push({
      name: "Ghi chú",
      cells: new Map([
        ["1,1", { value: "mới", numberFormat: "General", formatAtWrite: "General" }],
      ]),
      merges: [],
      writes: [],
      pageLayout: {},
    });
    const contents = await host.readWorkbook();
    expect(contents.sheetNames).toEqual([...SOURCES, "Ghi chú"]);
    expect(contents.grids.map((grid) => grid.sheetName)).toEqual([...SOURCES, "Ghi chú"]);
  });

  test("sees a sheet a co-author deleted or renamed since the last read", async () => {
    const { book, host } = setUp(gridsForUnits(3));
    await host.readWorkbook();
    sheet(book, "Chấm điểm").name = "Chấm điểm (sửa)";
    expect((await host.readWorkbook()).sheetNames).toEqual(["Đơn vị", "Chấm điểm (sửa)"]);
    book.sheets.splice(1, 1);
    expect((await host.readWorkbook()).grids.map((grid) => grid.sheetName)).toEqual(["Đơn vị"]);
  });

  test("sees a value a co-author changed, in the one-sync read", async () => {
    const { book, host } = setUp(gridsForUnits(3));
    await host.readWorkbook();
    sheet(book, "Chấm điểm").cells.set("3,3", {
      value: 59,
      numberFormat: "General",
      formatAtWrite: "General",
    });
    const before = book.syncs;
    const contents = await host.readWorkbook();
    expect(book.syncs - before).toBe(1);
    expect(contents.grids[1]!.values[2]![2]).toBe(59);
  });
});

describe("ExcelHost writing a sheet", () => {
  async function written(
    spec: SheetSpec,
    supports: (set: string, version: string) => boolean = SUPPORTS_ALL
  ) {
    const { book, host } = setUp(gridsForUnits(3), supports);
    await host.readWorkbook();
    const warnings = await host.writeSheets([spec]);
    return { book, warnings, sheet: sheet(book, spec.name) };
  }

  test("keeps text that starts with = + - @ as text, formatting the cell as text before the value", async () => {
    const risky = ["=1+1", "+SUM(A1)", "@x", "-2 điểm"];
    const { sheet: written_ } = await written(
      specFixture({
        rows: [risky.map((value) => ({ value })), [{ value: -2 }, { value: "Tỉnh đoàn" }]],
        merges: [],
      })
    );
    risky.forEach((value, index) =>
      expect(written_.cells.get(`1,${index + 1}`)).toEqual({
        value,
        numberFormat: "@",
        formatAtWrite: "@",
      })
    );
    expect(written_.cells.get("2,1")).toMatchObject({ value: -2, formatAtWrite: "General" });
    expect(written_.cells.get("2,2")).toMatchObject({
      value: "Tỉnh đoàn",
      formatAtWrite: "General",
    });
    const formatWrite = written_.writes.findIndex((w) => w.property === "numberFormat");
    const valueWrite = written_.writes.findIndex((w) => w.property === "values");
    expect(formatWrite).toBeGreaterThanOrEqual(0);
    expect(formatWrite).toBeLessThan(valueWrite);
    expect(written_.cells.get("1,1")!.value).not.toMatch(/^'/);
  });

  test("writes all values in one call, number formats where the spec gives them", async () => {
    const { sheet: s } = await written(specFixture());
    expect(s.writes.filter((w) => w.property === "values")).toHaveLength(1);
    expect(s.cells.get("4,3")).toMatchObject({ value: 985.5, numberFormat: "0.0" });
    expect(s.cells.get("4,2")).toMatchObject({ value: "Hội Liên hiệp Phụ nữ tỉnh" });
  });

  test("sets Times New Roman throughout and the styles over rectangles of equal cells", async () => {
    const { sheet: s } = await written(specFixture());
    const set = (property: string) =>
      s.writes.filter((w) => w.property === property).map((w) => [w.address, w.value]);
    expect(set("font.name")).toEqual([["A1:C5", "Times New Roman"]]);
    // The title's style covers its merged area A1:C1; cells without a style get nothing more.
    expect(set("font.size")).toEqual([
      ["A1:C5", 13],
      ["A1:C1", 14],
    ]);
    expect(set("font.bold")).toEqual([
      ["A1:C1", true],
      ["A3:C3", true],
    ]);
    expect(set("font.italic")).toEqual([["B5:B5", true]]);
    expect(set("font.underline")).toEqual([["B5:B5", "Single"]]);
    expect(set("horizontalAlignment")).toEqual([
      ["A1:C1", "Center"],
      ["A3:C3", "Center"],
    ]);
    expect(set("wrapText")).toEqual([["A3:C3", true]]);
    // The bordered table is one range: its outer edges and the lines between its cells.
    expect(
      s.writes.filter((w) => w.property.endsWith(".style")).map((w) => [w.address, w.property])
    ).toEqual([
      ["A3:C5", "borders.EdgeTop.style"],
      ["A3:C5", "borders.EdgeBottom.style"],
      ["A3:C5", "borders.EdgeLeft.style"],
      ["A3:C5", "borders.EdgeRight.style"],
      ["A3:C5", "borders.InsideVertical.style"],
      ["A3:C5", "borders.InsideHorizontal.style"],
    ]);
    expect(s.writes.filter((w) => w.property === "borders.EdgeTop.weight")[0]!.value).toBe("Thin");
  });

  test("merges, sets column widths in points and row heights", async () => {
    const { sheet: s } = await written(
      specFixture({
        merges: [
          { top: 1, left: 1, bottom: 1, right: 3 },
          { top: 4, left: 2, bottom: 4, right: 3 },
          { top: 5, left: 2, bottom: 5, right: 3 },
        ],
        rowHeights: { 1: 30, 4: 20, 5: 20 },
      })
    );
    expect(s.merges.sort()).toEqual(["A1:C1", "B4:C4", "B5:C5"]);
    // Rows 4 and 5 are merged across in one call.
    expect(s.writes.filter((w) => w.property === "merge")).toHaveLength(2);
    expect(
      s.writes.filter((w) => w.property === "columnWidth").map((w) => [w.address, w.value])
    ).toEqual([
      ["A1:A1048576", 36.6],
      ["B1:B1048576", 227],
      ["C1:C1048576", 70.2],
    ]);
    expect(
      s.writes.filter((w) => w.property === "rowHeight").map((w) => [w.address, w.value])
    ).toEqual([
      ["A1:XFD1", 30],
      ["A4:XFD5", 20],
    ]);
  });

  test("sets A4, orientation, margins in points, print titles, fit to width and the footer with ExcelApi 1.9", async () => {
    const { sheet: s, warnings } = await written(
      specFixture({ page: { ...specFixture().page, orientation: "landscape" } })
    );
    expect(warnings).toEqual([]);
    expect(s.pageLayout).toMatchObject({
      paperSize: "A4",
      orientation: "Landscape",
      topMargin: 56.69,
      bottomMargin: 56.69,
      leftMargin: 85.04,
      rightMargin: 42.52,
      printTitleRows: "$3:$3",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      footer: { centerFooter: '&"Times New Roman,Regular"Trang &P/&N' },
    });
  });

  test("without ExcelApi 1.9 writes everything but the page layout and says so", async () => {
    const { sheet: s, warnings } = await written(
      specFixture(),
      (_set, version) => version !== "1.9"
    );
    expect(s.pageLayout).toEqual({ footer: {} });
    expect(s.writes.some((w) => w.address === "pageLayout")).toBe(false);
    expect(s.cells.get("3,2")!.value).toBe("Tên đơn vị");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.en).toContain("ExcelApi 1.9");
    expect(warnings[0]!.en).toContain(SUMMARY);
    expect(warnings[0]!.vi).toContain("Bố trí Trang");
  });
});

describe("ExcelHost protecting the workbook", () => {
  test("refuses a clash with a user's sheet before anything is written", async () => {
    const grids = await sampleGrids("seed-2018.xlsx");
    const mine: Grid = {
      sheetName: "TỔNG HỢP ĐIỂM 2018",
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
    const before = { state: snapshot(book), syncs: book.syncs };
    const writing = host.writeSheets(specs);
    await expect(writing).rejects.toBeInstanceOf(HostError);
    await expect(writing).rejects.toMatchObject({
      text: { vi: expect.stringContaining("TỔNG HỢP ĐIỂM 2018") },
    });
    expect({ state: snapshot(book), syncs: book.syncs }).toEqual(before);
  });

  test("refuses to write over the configuration sheet", async () => {
    const { book, host } = setUp(gridsForUnits(3));
    await host.writeConfiguration("{}");
    await host.readWorkbook();
    const before = snapshot(book);
    await expect(
      host.writeSheets([specFixture({ name: CONFIGURATION_SHEET_NAME })])
    ).rejects.toBeInstanceOf(HostError);
    expect(snapshot(book)).toBe(before);
  });

  test("drops a stale mark whose sheet a user deleted, and marks the new sheet", async () => {
    const { book, host } = setUp(gridsForUnits(3));
    book.names.push({ name: "ThiDua_Sheet_scoreSummary_2018", formula: "=#REF!$A$1" });
    await host.readWorkbook();
    await host.writeSheets([specFixture()]);
    expect(book.names).toEqual([
      { name: "ThiDua_Sheet_scoreSummary_2018", formula: `='${SUMMARY}'!$A$1` },
    ]);
    expect((await host.readWorkbook()).addinSheets.map((grid) => grid.sheetName)).toEqual([
      SUMMARY,
    ]);
  });

  test("takes the next free mark when a name is used, whatever its case", async () => {
    const { book, host } = setUp(gridsForUnits(3));
    book.names.push({ name: "THIDUA_SHEET_SCORESUMMARY_2018", formula: "='Đơn vị'!$A$1" });
    await host.readWorkbook();
    await host.writeSheets([specFixture({ name: "Bảng mới" })]);
    expect(book.names.map((n) => n.name)).toContain("ThiDua_Sheet_scoreSummary_2018_2");
  });
});

describe("ExcelHost splitting a huge write", () => {
  test("splits only when the request would pass the limit, in sheet and row blocks, with the same result", async () => {
    const grids = gridsForUnits(1000);
    const whole = setUp(grids);
    const split = setUp(grids, SUPPORTS_ALL, 50_000);
    const one = await generateInto(whole.host, whole.book);
    const several = await generateInto(split.host, split.book);
    expect(one.writeSyncs).toBe(1);
    expect(several.writeSyncs).toBeGreaterThan(5);
    expect(split.book.syncsWithCalculationSuspended).toBe(several.writeSyncs);
    // A long sheet's values go in several row blocks, each with its formats first.
    const longest = sheet(split.book, several.specs[1]!.name);
    expect(longest.writes.filter((w) => w.property === "values").length).toBeGreaterThan(1);
    const plain = (book: FakeWorkbook) =>
      book.sheets.map((s) => ({
        name: s.name,
        cells: [...s.cells.entries()].sort(),
        merges: [...s.merges].sort(),
      }));
    expect(plain(split.book)).toEqual(plain(whole.book));
  });
});

describe("ExcelHost configuration and selection", () => {
  test("stores the configuration in its visible sheet as text and reads it back", async () => {
    const { book, host } = setUp(gridsForUnits(3));
    const json = JSON.stringify({ version: 1, note: "=not a formula", long: "x".repeat(70_000) });
    await host.writeConfiguration(json);
    expect(book.syncs).toBe(2);
    expect(await host.readConfiguration()).toBe(json);
    expect(book.syncs).toBe(4);
    const s = sheet(book, CONFIGURATION_SHEET_NAME);
    expect([...s.cells.values()].every((cell) => cell.formatAtWrite === "@")).toBe(true);
    expect(s.writes.find((w) => w.property === "columnWidth")).toMatchObject({
      address: "A1:A1048576",
      value: 675,
    });
    expect(sheet(book, "Đơn vị").writes).toEqual([]);
    expect((await host.readWorkbook()).configurationJson).toBe(json);
  });

  test("saves the configuration in 1 sync after a read, adding its sheet or rewriting it", async () => {
    const { book, host } = setUp(gridsForUnits(3));
    await host.readWorkbook();
    const before = book.syncs;
    await host.writeConfiguration('{"first":true}');
    await host.readWorkbook();
    await host.writeConfiguration('{"second":true}');
    expect(book.syncs - before).toBe(3);
    expect(book.sheets.map((s) => s.name)).toEqual([
      "Đơn vị",
      "Chấm điểm",
      CONFIGURATION_SHEET_NAME,
    ]);
    expect((await host.readWorkbook()).configurationJson).toBe('{"second":true}');
    expect(sheet(book, "Đơn vị").writes).toEqual([]);
  });

  test("rewrites the configuration in place, leaving nothing of the longer one before", async () => {
    const { book, host } = setUp(gridsForUnits(3));
    await host.writeConfiguration("x".repeat(70_000));
    await host.writeConfiguration('{"short":true}');
    expect(await host.readConfiguration()).toBe('{"short":true}');
    expect(book.sheets.filter((s) => s.name === CONFIGURATION_SHEET_NAME)).toHaveLength(1);
    const filled = [...sheet(book, CONFIGURATION_SHEET_NAME).cells.values()].filter(
      (cell) => cell.value !== null && cell.value !== ""
    );
    // Two title rows, the marker and its chunk count, one chunk.
    expect(filled).toHaveLength(5);
  });

  test("reads no configuration from a workbook without its sheet, in one sync", async () => {
    const { book, host } = setUp(gridsForUnits(3));
    expect(await host.readConfiguration()).toBeNull();
    expect(book.syncs).toBe(1);
  });

  test("selects a cell in one sync", async () => {
    const { book, host } = setUp(gridsForUnits(3));
    await host.selectCell("Chấm điểm", "C7");
    expect(book.selection).toEqual({ sheet: "Chấm điểm", address: "C7:C7" });
    expect(book.syncs).toBe(1);
  });
});

describe("officeThemeIsDark", () => {
  const global = globalThis as { Office?: unknown };
  afterEach(() => delete global.Office);

  function withBackground(colour: string | undefined): boolean {
    global.Office = { context: { officeTheme: { bodyBackgroundColor: colour } } };
    return officeThemeIsDark();
  }

  test("is true for a dark background and false for a light one", () => {
    expect(withBackground("#1f1f1f")).toBe(true);
    expect(withBackground("#FFFFFF")).toBe(false);
  });

  test("is false when Office gives no theme, or no Office at all", () => {
    expect(withBackground(undefined)).toBe(false);
    expect(withBackground("not a colour")).toBe(false);
    delete global.Office;
    expect(officeThemeIsDark()).toBe(false);
  });
});
