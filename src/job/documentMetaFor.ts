import type { Language } from "../core/localized";
import type { BlocInput } from "../core/model";
import type { DocumentMeta } from "../documents";
import type { DocumentDefaults } from "./configuration";

/**
 * The header and signature of the printed documents: what the user typed, else what the
 * workbook stores, else what the data suggests — the bloc's name as the agency and the head of
 * this year's leading unit as the signer.
 */
export function documentMetaFor(
  input: BlocInput,
  defaults: DocumentDefaults,
  today: { readonly year: number; readonly month: number; readonly day: number },
  language: Language,
  typed: Partial<DocumentMeta> = {}
): DocumentMeta {
  const leaderId = input.leaderHistory.find((entry) => entry.year === input.year)?.leaderUnitId;
  const leader = input.units.find((unit) => unit.id === leaderId);
  return {
    agency: typed.agency ?? defaults.agency ?? input.blocName,
    parentAgency: typed.parentAgency ?? defaults.parentAgency,
    place: typed.place ?? defaults.place ?? "",
    date: typed.date ?? today,
    number: typed.number ?? defaults.number ?? "",
    signerName: typed.signerName ?? defaults.signerName ?? leader?.headName ?? "",
    signerTitle:
      typed.signerTitle ??
      defaults.signerTitle ??
      (language === "vi" ? "Khối trưởng" : "Bloc leader"),
    signerCapacity:
      typed.signerCapacity ??
      defaults.signerCapacity ??
      (language === "vi" ? "TM. Khối thi đua" : "For the emulation bloc"),
    language,
    recipients: typed.recipients,
  };
}
