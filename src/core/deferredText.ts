import type { Language, Localized } from "./localized";

/**
 * A text written only when a language of it is first read. A nomination list holds a reason for
 * every unit and award: most are never shown, and those shown are read in one language. Each
 * language is written once and kept. A kind of text that is made by the thousand extends this
 * class with its facts as fields (one object per text); others use `deferredText`.
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

/** `subject` in words, written by `write` in each language when first read. */
export function deferredText<Subject>(
  subject: Subject,
  write: (subject: Subject, language: Language) => string
): Localized {
  return new WrittenText(subject, write);
}

class WrittenText<Subject> extends DeferredText {
  constructor(
    private readonly subject: Subject,
    private readonly writer: (subject: Subject, language: Language) => string
  ) {
    super();
  }

  protected override write(language: Language): string {
    return this.writer(this.subject, language);
  }
}
