import type { Language, Localized } from "./localized";

/**
 * A text written only when a language of it is first read, from data (`subject`) and a writer.
 * A nomination list holds a reason for every unit and award: most are never shown, and those
 * shown are read in one language. Each language is written once and kept.
 */
export class DeferredText<Subject> implements Localized {
  private writtenVi: string | undefined;
  private writtenEn: string | undefined;

  constructor(
    private readonly subject: Subject,
    private readonly write: (subject: Subject, language: Language) => string
  ) {}

  get vi(): string {
    return (this.writtenVi ??= this.write(this.subject, "vi"));
  }

  get en(): string {
    return (this.writtenEn ??= this.write(this.subject, "en"));
  }

  /** The plain `{ vi, en }` it stands for, so JSON (and the tests' equality) sees the words. */
  toJSON(): Localized {
    return { vi: this.vi, en: this.en };
  }
}

/** `subject` in words, written by `write` in each language when first read. */
export function deferredText<Subject>(
  subject: Subject,
  write: (subject: Subject, language: Language) => string
): Localized {
  return new DeferredText(subject, write);
}
