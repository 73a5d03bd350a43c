import ExcelJS from "exceljs";
import { runInMemory, sample } from "./runCli.helpers";

const RENAMES: Record<string, string> = {
  "Tỉnh đoàn": "=1+1",
  "Hội Nông dân tỉnh": "+SUM(A1)",
  "Hội Cựu chiến binh tỉnh": "@x",
};

/** The seed workbook with three units renamed, in every sheet, to text that looks like a formula. */
async function workbookWithFormulaLikeNames(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(sample("seed-2018.xlsx")) as unknown as ExcelJS.Buffer);
  for (const worksheet of workbook.worksheets) {
    worksheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === "string" && RENAMES[cell.value] !== undefined)
          cell.value = RENAMES[cell.value]!;
      })
    );
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

test("unit names that look like formulas come out of generate as text", async () => {
  const run = await runInMemory(["generate", "in.xlsx", "-o", "out.xlsx", "--json"], {
    "in.xlsx": await workbookWithFormulaLikeNames(),
  });
  expect(run.code).toBe(0);
  expect(JSON.parse(run.stdout).units.map((u: { name: string }) => u.name)).toEqual(
    expect.arrayContaining(Object.values(RENAMES))
  );

  const output = new ExcelJS.Workbook();
  await output.xlsx.load(Buffer.from(run.files.get("out.xlsx")!) as unknown as ExcelJS.Buffer);
  const seen = new Set<string>();
  for (const name of ["Tổng hợp điểm 2018", "Đề nghị khen thưởng 2018", "Kết quả bỏ phiếu 2018"]) {
    output.getWorksheet(name)!.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula)
          throw new Error(`formula in ${name}!${cell.address}`);
        if (typeof cell.value === "string" && Object.values(RENAMES).includes(cell.value))
          seen.add(cell.value);
      })
    );
  }
  expect([...seen].sort()).toEqual(Object.values(RENAMES).sort());
}, 60_000);
