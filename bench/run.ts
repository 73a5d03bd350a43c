/**
 * `npm run bench`: prints figures against the performance budgets. Not a test: it reports,
 * it does not fail on a slow machine.
 */
import { evaluateBloc } from "../src/core/evaluateBloc";
import { NATIONAL_2025_PROFILE } from "../src/core/profile";
import { rankUnits, type RankEntry } from "../src/core/ranking";
import { browserFunctionFigures } from "./browserFunctionFigures";
import { functionFigures } from "./functionFigures";
import { generateFigures, type Figure } from "./generateFigures";
import { paneFigures } from "./paneFigures";
import { PROVINCE_SCALE, seededRandom, syntheticProvince } from "./syntheticProvince";

/** Median of `runs` timings, after one warm-up run. */
export function timeMedian(run: () => void, runs = 7): number {
  run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    run();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

function engineFigures(): Figure[] {
  const profile = NATIONAL_2025_PROFILE;
  const blocs = syntheticProvince(
    PROVINCE_SCALE,
    profile.awards.map((a) => a.id)
  );
  const pipeline = timeMedian(() => {
    for (const bloc of blocs) evaluateBloc(bloc, profile);
  });

  const random = seededRandom(7);
  const entries: RankEntry[] = Array.from({ length: 100_000 }, (_, index) => ({
    unitId: `u${index}`,
    total: Math.round(random() * 10_000) / 10,
    bonus: Math.round(random() * 5),
    deduction: Math.round(random() * 5),
    groupPoints: {},
    votesByAward: {},
  }));
  const ranking = timeMedian(() => rankUnits(entries, profile.ranking.tieBreaks, null), 5);

  return [
    {
      name: "engine: full pipeline, 1,000 units in 40 blocs × 200 criteria, 10 years of history",
      value: pipeline,
      unit: "ms",
      budget: 50,
    },
    { name: "engine: rank 100,000 scores", value: ranking, unit: "ms" },
  ];
}

function printFigures(figures: readonly Figure[]): void {
  for (const figure of figures) {
    const budget =
      figure.budget === undefined
        ? ""
        : ` (budget ${figure.budget} ${figure.unit}: ${figure.value <= figure.budget ? "within" : "OVER"})`;
    const digits = figure.unit === "×" ? 2 : figure.unit === "syncs" ? 0 : 1;
    console.log(`${figure.name}: ${figure.value.toFixed(digits)} ${figure.unit}${budget}`);
  }
}

async function main(): Promise<void> {
  printFigures(engineFigures());
  printFigures(functionFigures());
  printFigures(await browserFunctionFigures());
  printFigures(await generateFigures());
  printFigures(await paneFigures());
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
