import type { Localized } from "./localized";

/** A computation that either gives a value or says, in both languages, why it cannot. */
export type Outcome<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: Localized };

export function success<T>(value: T): Outcome<T> {
  return { ok: true, value };
}

export function failure<T>(error: Localized): Outcome<T> {
  return { ok: false, error };
}
