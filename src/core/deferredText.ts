import type { Language, Localized } from "./localized";

/**
 * A text written only when a language of it is first read. A nomination list holds a reason for
 * every unit and award: most are never shown, and those shown are read in one language. Each
 * language is written once and kept. Each kind of text extends this class with its facts as
 * fields: one object per text, as a list makes them by the thousand.
 */
export abstract class DeferredText implements Localized {
  // Set in the constructor, so that every text of a kind keeps one shape once written.
  private writtenVi: string | undefined = undefined;
  private writtenEn: string | undefined = undefined;

  get vi(): string {
    return (this.writtenVi ??= this.write("vi"));
  }

  get en(): string {
    return (this.writtenEn ??= this.write("en"));
  }

  /** The text in `language`; called at most once for each language. */
  protected abstract write(language: Language): string;

  /** The plain `{ vi, en }` it stands for, so JSON (and the tests' equality) sees the words. */
  toJSON(): Localized {
    return { vi: this.vi, en: this.en };
  }
}
