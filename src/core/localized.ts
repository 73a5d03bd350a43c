/** A text shown to users, in Vietnamese (the default) and English. */
export interface Localized {
  readonly vi: string;
  readonly en: string;
}

export type Language = keyof Localized;

export function localized(vi: string, en: string): Localized {
  return { vi, en };
}
