/** A calendar date as documents take it. */
export interface DayDate {
  readonly day: number;
  readonly month: number;
  readonly year: number;
}

/** "10/12/2025" (day first, as Vietnamese write it; "-" or "." also separate) → a date; null when it is not one. */
export function parseDateText(text: string): DayDate | null {
  const match = /^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$/.exec(text);
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  const real =
    probe.getUTCFullYear() === year &&
    probe.getUTCMonth() === month - 1 &&
    probe.getUTCDate() === day;
  return real ? { day, month, year } : null;
}

/** A date as the field shows it: "10/12/2025". */
export function formatDateText(date: DayDate): string {
  return `${date.day}/${date.month}/${date.year}`;
}
