import type { Localized } from "../../localized";

/**
 * A number as users read it in a message: float noise hidden (12 significant digits), a decimal
 * comma in Vietnamese ("95,5") and a point in English ("95.5"); "not a number" and infinities
 * in words.
 */
export function numberText(value: number): Localized {
  if (Number.isNaN(value)) return { vi: "không phải là số", en: "not a number" };
  if (!Number.isFinite(value)) {
    return value > 0 ? { vi: "vô cực", en: "infinity" } : { vi: "âm vô cực", en: "minus infinity" };
  }
  const en = String(Number(value.toPrecision(12)));
  return { vi: en.replace(".", ","), en };
}
