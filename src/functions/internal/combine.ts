import { success, type Outcome } from "../../core/outcome";

type Values<T extends readonly Outcome<unknown>[]> = {
  -readonly [Key in keyof T]: T[Key] extends Outcome<infer Value> ? Value : never;
};

/** All the values, in order, when every outcome succeeded; else the first failure. */
export function combine<const T extends readonly Outcome<unknown>[]>(
  outcomes: T
): Outcome<Values<T>> {
  const values: unknown[] = [];
  for (const outcome of outcomes) {
    if (!outcome.ok) return outcome;
    values.push(outcome.value);
  }
  return success(values as Values<T>);
}
