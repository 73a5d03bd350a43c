import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { gzipSync } from "zlib";
import { ExcelHost } from "../src/hosts/excel";
import { XlsxHost } from "../src/hosts/xlsx";
import { analyzeWorkbook } from "../src/job/analyzeWorkbook";
import { serializeConfiguration } from "../src/job/configuration";
import { generateSheets } from "../src/job/generateSheets";
import { planGeneration } from "../src/job/planGeneration";
import type { Grid } from "../src/sheets/grid";
import { createFakeWorkbook, fakeRun } from "../test/hosts/excel/fakeExcel";
import type { Figure } from "./generateFigures";

const TODAY = { year: 2026, month: 11, day: 25 };

/** The pane's first load (taskpane.js; exceljs is a separate chunk fetched only outside Excel). */
function bundleFigures(): Figure[] {
  const dist = join(__dirname, "..", "dist");
  if (!existsSync(join(dist, "taskpane.js"))) return [];
  return [
    {
      name: "dist/taskpane.js gzipped (the pane's first load; exceljs is loaded lazily outside Excel)",
      value: gzipSync(readFileSync(join(dist, "taskpane.js"))).length / 1024,
      unit: "KB",
      budget: 350,
    },
  ];
}

function unitGrids(count: number): Grid[] {
  const names = Array.from({ length: count }, (_, i) => `Đơn vị số ${i + 1}`);
  const blank = { merges: [], tables: [], originRow: 1, originColumn: 1 };
  return [
    {
      ...blank,
      sheetName: "Đơn vị",
      values: [["STT", "Tên đơn vị"], ...names.map((name, i) => [i + 1, name])],
    },
    {
      ...blank,
      sheetName: "Chấm điểm",
      values: [
        ["STT", "Tên đơn vị", "Nhóm I (60 điểm)", "Nhóm II (40 điểm)"],
        ...names.map((name, i) => [i + 1, name, 30 + ((i * 7) % 30), 20 + ((i * 3) % 20)]),
      ],
    },
  ];
}

/** The pane's round trips: open (first read), then each generation's re-read and write. */
async function syncFigures(label: string, grids: Grid[]): Promise<Figure[]> {
  const book = createFakeWorkbook(grids);
  const host = new ExcelHost(fakeRun(book), { supports: () => true });
  await host.readWorkbook();
  const opening = book.syncs;
  const contents = await host.readWorkbook();
  const rereading = book.syncs - opening;
  const analysis = analyzeWorkbook(contents, { today: TODAY });
  const specs = generateSheets(analysis, { today: TODAY, language: "vi" });
  const plan = planGeneration(specs, contents, analysis.configuration);
  await host.writeSheets(specs, { configurationJson: serializeConfiguration(plan.configuration) });
  const writing = book.syncs - opening - rereading;
  return [
    { name: `Excel syncs to open the pane, ${label}`, value: opening, unit: "syncs" },
    { name: `Excel syncs to re-read before generating, ${label}`, value: rereading, unit: "syncs" },
    {
      name: `Excel syncs to write the sheets and configuration, ${label}`,
      value: writing,
      unit: "syncs",
    },
  ];
}

export async function paneFigures(): Promise<Figure[]> {
  const opened = await XlsxHost.open(
    new Uint8Array(readFileSync(join(__dirname, "..", "samples", "seed-2018.xlsx")))
  );
  if (!opened.ok) throw new Error(opened.error.en);
  const seed = (await opened.value.readWorkbook()).grids as Grid[];
  return [
    ...bundleFigures(),
    ...(await syncFigures("seed workbook (6 units)", seed)),
    ...(await syncFigures("1,000 units in one bloc", unitGrids(1000))),
  ];
}
