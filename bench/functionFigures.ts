import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { gzipSync } from "zlib";
// Excel's CustomFunctions global, as the function tests define it.
import "../test/functions/customFunctionsGlobal";
import * as THIDUA from "../src/functions/functions";
import type { Figure } from "./generateFigures";
import { seededRandom } from "./syntheticProvince";

const ROWS = 10_000;

function column<T>(make: (index: number) => T): T[][] {
  return Array.from({ length: ROWS }, (_, index) => [make(index)]);
}

/** How long a call takes: the first one, then the median of `runs` after `warmUp` more. */
function timeCalls(run: () => unknown, warmUp = 5, runs = 7): { first: number; steady: number } {
  const time = () => {
    const start = process.hrtime.bigint();
    run();
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  const first = time();
  for (let i = 0; i < warmUp; i++) run();
  const times = Array.from({ length: runs }, time).sort((a, b) => a - b);
  return { first, steady: times[Math.floor(runs / 2)]! };
}

/** One call of each THIDUA function over a 10,000-row range, and the size Excel loads first. */
export function functionFigures(): Figure[] {
  const random = seededRandom(11);
  const actual = column(() => Math.round(random() * 1200));
  const target = column(() => 1000);
  const scores = column(() => Math.round(random() * 10_000) / 10);
  const units = column((index) => `Đơn vị ${index + 1}`);
  const votes = column(() => 5 + Math.floor(random() * 6));
  const voters = column(() => 10);
  const years = [[2023], [2024]];
  const leaders = [["Đơn vị 1"], ["Đơn vị 2"]];
  const OMITTED = null as unknown as unknown[][];
  const calls: [string, () => unknown][] = [
    ["COMPLETION", () => THIDUA.completion(actual, target, OMITTED, OMITTED)],
    [
      "POINTS",
      () =>
        THIDUA.points(
          actual,
          target,
          column(() => 10),
          OMITTED,
          OMITTED,
          OMITTED
        ),
    ],
    [
      "SCORE",
      () =>
        THIDUA.score(
          scores,
          column(() => 1000),
          column(() => 2),
          column(() => 1),
          OMITTED,
          OMITTED
        ),
    ],
    ["GRADE", () => THIDUA.grade(scores, OMITTED)],
    ["RANK", () => THIDUA.rank(scores)],
    ["VOTEPASS", () => THIDUA.votepass(votes, voters, OMITTED)],
    ["NOMINATE", () => THIDUA.nominate(units, scores, votes, voters, null)],
    ["NEXTLEADER", () => THIDUA.nextleader(units, scores, years, leaders, 2024, null)],
  ];
  // The budget is for a call in a runtime that has calculated before, as during a meeting:
  // the first call also pays for compiling the code, and is shown beside it.
  const figures: Figure[] = calls.flatMap(([name, run]) => {
    const { first, steady } = timeCalls(run);
    return [
      {
        name: `THIDUA.${name} over ${ROWS.toLocaleString("en")} rows (median call)`,
        value: steady,
        unit: "ms",
        budget: 20,
      },
      {
        name: `THIDUA.${name} over ${ROWS.toLocaleString("en")} rows (first call)`,
        value: first,
        unit: "ms",
      },
    ];
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
