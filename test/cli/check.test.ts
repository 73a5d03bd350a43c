import { readFileSync } from "fs";
import { join } from "path";
import { runInMemory, sample, SAMPLES } from "./runCli.helpers";

interface PlantedProblem {
  readonly code: string;
  readonly sheet: string;
  readonly cell: string;
}

describe("thidua check on the messy sample", () => {
  const planted: PlantedProblem[] = JSON.parse(
    readFileSync(join(SAMPLES, "messy-2019.expected.json"), "utf8")
  );

  test("finds the tables with no help and reports each planted problem at its cell", async () => {
    const run = await runInMemory(["check", "messy.xlsx", "--json"], {
      "messy.xlsx": sample("messy-2019.xlsx"),
    });
    const result = JSON.parse(run.stdout);
    expect(result.year).toBe(2019);
    expect(result.units).toHaveLength(6);
    const found = result.problems.map((p: PlantedProblem) => ({
      code: p.code,
      sheet: p.sheet,
      cell: p.cell,
    }));
    for (const problem of planted) expect(found).toContainEqual(problem);
    expect(run.code).toBe(1);
  }, 60_000);

  test("prints the problems in Vietnamese with sheet and cell", async () => {
    const run = await runInMemory(["check", "messy.xlsx"], {
      "messy.xlsx": sample("messy-2019.xlsx"),
    });
    expect(run.stdout).toContain("'Chấm điểm 2019'!M12");
    expect(run.stdout).toMatch(/LỖI/);
  }, 60_000);
});

describe("thidua with unusable input", () => {
  test.each([
    ["random bytes", new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8])],
    [
      "an old .xls (OLE compound file)",
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]),
    ],
    ["an empty file", new Uint8Array()],
  ])("exits 2 with a message and no stack trace for %s", async (_, bytes) => {
    const run = await runInMemory(["check", "bad.xlsx"], { "bad.xlsx": bytes });
    expect(run.code).toBe(2);
    expect(run.stderr.trim().length).toBeGreaterThan(10);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  test("exits 2 for a missing file", async () => {
    const run = await runInMemory(["check", "missing.xlsx"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("missing.xlsx");
  });

  test("exits 2 for an unknown preset, naming the presets", async () => {
    const run = await runInMemory(["check", "seed.xlsx", "--profile", "hanoi-1999"], {
      "seed.xlsx": sample("seed-2018.xlsx"),
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("national-2025");
  });
});

describe("thidua profiles", () => {
  test("lists the presets", async () => {
    const run = await runInMemory(["profiles"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("national-2025");
    expect(run.stdout).toContain("seed-bloc-2018");
  });
});

describe("thidua --profile and --year", () => {
  test("override the workbook's stored profile and year", async () => {
    const run = await runInMemory(
      ["check", "seed.xlsx", "--json", "--profile", "national-2025", "--year", "2018"],
      {
        "seed.xlsx": sample("seed-2018.xlsx"),
      }
    );
    const result = JSON.parse(run.stdout);
    expect(result.profile).toBe("national-2025");
    expect(result.year).toBe(2018);
  });
});
