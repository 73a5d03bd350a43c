import type { Localized } from "../../core/localized";

/**
 * Thrown by a host when a request cannot be carried out as asked: a name clash with a user's
 * sheet, an invalid sheet name, a sheet that does not exist. When a write throws it, nothing has
 * been written. The shells catch it and show `text` in the user's language.
 */
export class HostError extends Error {
  readonly text: Localized;

  constructor(text: Localized) {
    super(`${text.vi}\n${text.en}`);
    this.name = "HostError";
    this.text = text;
  }
}
