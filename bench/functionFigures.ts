import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { gzipSync } from "zlib";
// Excel's CustomFunctions global, as the function tests define it.
import "../test/functions/customFunctionsGlobal";
import * as THIDUA from "../src/functions/functions";
import { functionCalls, ROWS, TIMED_CALLS, timeCalls, WARM_UP_CALLS } from "./functionCalls";
import type { Figure } from "./generateFigures";

/** The functions by the id `CustomFunctions.associate` gives them (NOMINATE → nominate). */
const BY_ID = THIDUA as unknown as Record<string, (...args: unknown[]) => unknown>;

const now = () => Number(process.hrtime.bigint()) / 1e6;

/** One call of each THIDUA function over a 10,000-row range, and the size Excel loads first. */
export function functionFigures(): Figure[] {
  // The budget is for a call in a runtime that has calculated before, as during a meeting:
  // the first call also pays for compiling the code, and is shown beside it.
  const figures: Figure[] = functionCalls().flatMap(({ id, args }) => {
    const run = () => BY_ID[id.toLowerCase()]!(...args);
    const { first, steady } = timeCalls(run, now, WARM_UP_CALLS, TIMED_CALLS);
    return callFigures(`THIDUA.${id} over ${ROWS.toLocaleString("en")} rows`, first, steady);
  });
  const built = join(__dirname, "..", "dist", "functions.js");
  if (existsSync(built)) {
    figures.push({
      name: "dist/functions.js gzipped (Excel loads it before the first formula)",
      value: gzipSync(readFileSync(built)).length / 1024,
      unit: "KB",
      budget: 40,
    });
  }
  return figures;
}

/** A function's median call, against the budget, and its first call beside it. */
export function callFigures(name: string, first: number, steady: number): Figure[] {
  return [
    { name: `${name} (median call)`, value: steady, unit: "ms", budget: 20 },
    { name: `${name} (first call)`, value: first, unit: "ms" },
  ];
}
