import type { Localized } from "../../localized";

/** A count as users read it: a decimal comma in Vietnamese, float noise hidden. */
export function countText(value: number): Localized {
  if (Number.isNaN(value)) return { vi: "không phải là số", en: "not a number" };
  if (!Number.isFinite(value)) return { vi: "vô cực", en: "infinity" };
  const en = String(Number(value.toPrecision(12)));
  return { vi: en.replace(".", ","), en };
}

/** A fraction as a percentage with at most one decimal: 2/3 → "66,7%" / "66.7%". */
export function percentText(fraction: number): Localized {
  const text = countText(Math.round(fraction * 1000) / 10);
  return { vi: `${text.vi}%`, en: `${text.en}%` };
}
