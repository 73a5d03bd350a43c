import type { Language } from "../../core/localized";

/** A number as printed in a sentence: "1.000,5" in Vietnamese, "1,000.5" in English (two decimals at most). */
export function formatNumber(value: number, language: Language): string {
  if (!Number.isFinite(value)) return String(value);
  const rounded = Math.round(value * 100) / 100;
  const [whole = "0", fraction] = Math.abs(rounded).toString().split(".");
  const group = language === "vi" ? "." : ",";
  const decimal = language === "vi" ? "," : ".";
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${rounded < 0 ? "-" : ""}${grouped}${fraction === undefined ? "" : decimal + fraction}`;
}

/** A fraction as a percentage with one decimal at most: 2/3 → "66,7%" / "66.7%". */
export function formatPercent(fraction: number, language: Language): string {
  return `${formatNumber(Math.round(fraction * 1000) / 10, language)}%`;
}
