import { success, type Outcome } from "../../core/outcome";

type Values<T extends readonly Outcome<unknown>[]> = {
  -readonly [Key in keyof T]: T[Key] extends Outcome<infer Value> ? Value : never;
};

/** All the values, in order, when every outcome succeeded; else the first failure. */
export function combine<const T extends readonly Outcome<unknown>[]>(
  outcomes: T
): Outcome<Values<T>> {
  // Sized once rather than grown by push: functions combine the arguments of every cell.
  const values = new Array<unknown>(outcomes.length);
  for (let index = 0; index < outcomes.length; index++) {
    const outcome = outcomes[index]!;
    if (!outcome.ok) return outcome;
    values[index] = outcome.value;
  }
  return success(values as Values<T>);
}
