import type { Language } from "../core/localized";

/**
 * What a printed document says about who issues it, where and when (Decree 30/2020/NĐ-CP,
 * Appendix I): the agency block top left, the number, the place and date, and the signature.
 * The date is an input: documents never read the clock.
 */
export interface DocumentMeta {
  /** The issuing agency, printed top left in capitals and bold, e.g. "Khối thi đua các tổ chức chính trị - xã hội tỉnh". */
  readonly agency: string;
  /** The agency above it, printed on the line above in capitals (not bold); omitted when absent. */
  readonly parentAgency?: string;
  /** The place in the place-and-date line, e.g. "Bắc Ninh". */
  readonly place: string;
  readonly date: { readonly day: number; readonly month: number; readonly year: number };
  /** The value after "Số:", e.g. "01/TTr-KTĐ"; an empty text leaves room to write it by hand. */
  readonly number: string;
  readonly signerName: string;
  /** The signer's title, e.g. "Khối trưởng" (printed in capitals). */
  readonly signerTitle: string;
  /** On whose behalf the signer signs, e.g. "TM. Khối thi đua" (printed in capitals). */
  readonly signerCapacity: string;
  /** The language of every label; unit names and notes are printed as written. */
  readonly language: Language;
  /** The "Nơi nhận:" list printed bottom left, one recipient a line; omitted when absent or empty. */
  readonly recipients?: readonly string[];
}
