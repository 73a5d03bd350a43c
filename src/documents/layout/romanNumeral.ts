const NUMERALS: readonly [number, string][] = [
  [1000, "M"],
  [900, "CM"],
  [500, "D"],
  [400, "CD"],
  [100, "C"],
  [90, "XC"],
  [50, "L"],
  [40, "XL"],
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

/** I, II, III, IV … for the numbered groups of a list (a non-positive number prints as digits). */
export function romanNumeral(value: number): string {
  if (!Number.isInteger(value) || value <= 0) return String(value);
  let rest = value;
  let text = "";
  for (const [amount, numeral] of NUMERALS) {
    while (rest >= amount) {
      text += numeral;
      rest -= amount;
    }
  }
  return text;
}
