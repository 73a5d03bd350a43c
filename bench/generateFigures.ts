import ExcelJS from "exceljs";
import { readFileSync } from "fs";
import { join } from "path";
import { runCli } from "../src/cli/main";

export interface Figure {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly budget?: number;
}

async function timeAsync(run: () => Promise<unknown>, runs = 3): Promise<number> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await run();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** `thidua generate` on the province-scale sample beside exceljs alone reading and writing it. */
export async function generateFigures(): Promise<Figure[]> {
  const bytes = new Uint8Array(
    readFileSync(join(__dirname, "..", "samples", "province-2025.xlsx"))
  );
  const floor = await timeAsync(async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    await workbook.xlsx.writeBuffer({ useSharedStrings: true });
  });
  let sheets = 0;
  const ours = await timeAsync(async () => {
    const code = await runCli(["generate", "in.xlsx", "-o", "out.xlsx"], {
      stdout: (text) => {
        sheets = Number(/(\d+) (trang|sheets)/.exec(text)?.[1] ?? sheets);
      },
      stderr: () => undefined,
      readFile: async () => bytes,
      writeFile: async () => undefined,
      today: { year: 2025, month: 12, day: 5 },
    });
    if (code === 2) throw new Error("generate could not use the province sample");
  });
  return [
    {
      name: "exceljs alone: read and write the province sample (the floor)",
      value: floor,
      unit: "ms",
    },
    {
      name: `thidua generate on the province sample (1,000 units, 40 blocs; ${sheets} sheets added)`,
      value: ours,
      unit: "ms",
      budget: Math.round(floor * 1.5),
    },
    { name: "generate ÷ floor", value: ours / floor, unit: "×", budget: 1.5 },
  ];
}
