import type { Language } from "../../core/localized";
import type { DocumentKind, DocumentMeta } from "../../documents";
import type { DocumentDefaults } from "../../job/configuration";
import { parseDateText, type DayDate } from "../print/parseDateText";
import type { GenerationRequest } from "./prepareGeneration";
import type { MetaField, PrintForm } from "./sessionTypes";

const FIELDS: readonly MetaField[] = ["agency", "place", "number", "signerName", "signerTitle"];

/**
 * The generation request from the Print form: the documents allowed and ticked, the typed
 * header fields (blank ones fall back to the defaults), and the date. Null when the date is not one.
 */
export function printRequest(
  form: PrintForm,
  allowed: readonly DocumentKind[],
  today: DayDate,
  language: Language
): GenerationRequest | null {
  const date = parseDateText(form.dateText);
  if (date === null) return null;
  const meta: { -readonly [Field in MetaField]?: string } = {};
  for (const field of FIELDS) {
    const typed = form.fields[field]?.trim();
    if (typed) meta[field] = typed;
  }
  const kinds = allowed.filter((kind) => form.kinds.includes(kind));
  const request: Partial<DocumentMeta> = { ...meta, date };
  const remember: DocumentDefaults = { ...meta };
  return { today, language, kinds, meta: request, remember };
}
