import { seededRandom } from "./syntheticProvince";

/** The rows of every range the function figures pass. */
export const ROWS = 10_000;

/** One call of a THIDUA function: its id (as `CustomFunctions.associate` names it) and arguments. */
export interface FunctionCall {
  readonly id: string;
  readonly args: readonly unknown[];
}

function column<T>(make: (index: number) => T): T[][] {
  return Array.from({ length: ROWS }, (_, index) => [make(index)]);
}

/**
 * One call of each THIDUA function over 10,000-row ranges, with its arguments made beforehand
 * (only the call is timed). Plain data, so that the same calls can be sent to a browser. An
 * omitted argument is `null`, as Excel passes it.
 */
export function functionCalls(): FunctionCall[] {
  const random = seededRandom(11);
  const actual = column(() => Math.round(random() * 1200));
  const target = column(() => 1000);
  const scores = column(() => Math.round(random() * 10_000) / 10);
  const units = column((index) => `Đơn vị ${index + 1}`);
  const votes = column(() => 5 + Math.floor(random() * 6));
  const voters = column(() => 10);
  const years = [[2023], [2024]];
  const leaders = [["Đơn vị 1"], ["Đơn vị 2"]];
  return [
    { id: "COMPLETION", args: [actual, target, null, null] },
    { id: "POINTS", args: [actual, target, column(() => 10), null, null, null] },
    {
      id: "SCORE",
      args: [scores, column(() => 1000), column(() => 2), column(() => 1), null, null],
    },
    { id: "GRADE", args: [scores, null] },
    { id: "RANK", args: [scores] },
    { id: "VOTEPASS", args: [votes, voters, null] },
    { id: "NOMINATE", args: [units, scores, votes, voters, null] },
    { id: "NEXTLEADER", args: [units, scores, years, leaders, 2024, null] },
  ];
}

/** How many calls are timed after the first, and how many of them only warm up. */
export const WARM_UP_CALLS = 5;
export const TIMED_CALLS = 7;

/**
 * The first call's time and the median of `TIMED_CALLS` after `WARM_UP_CALLS` more, in ms, by
 * `now` (written to be sent to a browser as it is: it uses nothing from this file).
 */
export function timeCalls(
  run: () => unknown,
  now: () => number,
  warmUp: number,
  timed: number
): { first: number; steady: number } {
  const time = () => {
    const start = now();
    run();
    return now() - start;
  };
  const first = time();
  for (let i = 0; i < warmUp; i++) run();
  const times = Array.from({ length: timed }, time).sort((a, b) => a - b);
  return { first, steady: times[Math.floor(timed / 2)]! };
}
