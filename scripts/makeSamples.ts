/**
 * Writes the sample workbooks into `samples/` (run `npm run samples`). Deterministic: fixed
 * dates, a fixed random seed, and fixed zip timestamps, so two runs give identical files.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { makeMessy2019 } from "./samples/messy2019";
import { makeProvince2025 } from "./samples/province2025";
import { makeSeed2018 } from "./samples/seed2018";

async function main(): Promise<void> {
  const directory = join(__dirname, "..", "samples");
  mkdirSync(directory, { recursive: true });
  const write = (name: string, data: Uint8Array | string): void => {
    writeFileSync(join(directory, name), data);
    console.log(`samples/${name}`);
  };
  write("seed-2018.xlsx", await makeSeed2018());
  const messy = await makeMessy2019();
  write("messy-2019.xlsx", messy.bytes);
  write("messy-2019.expected.json", `${JSON.stringify(messy.expected, null, 2)}\n`);
  write("province-2025.xlsx", await makeProvince2025());
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
