import type { Language } from "../../core/localized";
import type { DocumentMeta } from "../documentMeta";

const ENGLISH_MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/**
 * A day or month as Decree 30/2020/NĐ-CP (Appendix I, part I, section II.5) writes it: days below
 * 10 and the months 1 and 2 take a leading zero ("05", "01", "02"); months 3 to 12 do not ("3").
 */
export function decree30Number(value: number, part: "day" | "month"): string {
  const needsZero = part === "day" ? value >= 1 && value < 10 : value === 1 || value === 2;
  return needsZero ? `0${value}` : String(value);
}

/** Left for the place when none is configured, as forms leave a blank to fill by hand. */
const PLACE_GAP = "…………";

/**
 * The place-and-date line: "Bắc Ninh, ngày 05 tháng 12 năm 2018" in Vietnamese,
 * "Bắc Ninh, 5 December 2018" in English. A month outside 1–12 is printed as its number. With no
 * place given, a dotted gap is left for the signer to write it in, never a bare comma.
 */
export function documentDate(
  place: string,
  date: DocumentMeta["date"],
  language: Language
): string {
  place = place.trim() === "" ? PLACE_GAP : place;
  if (language === "en") {
    const month = ENGLISH_MONTHS[date.month - 1] ?? String(date.month);
    return `${place}, ${date.day} ${month} ${date.year}`;
  }
  return `${place}, ngày ${decree30Number(date.day, "day")} tháng ${decree30Number(date.month, "month")} năm ${date.year}`;
}
