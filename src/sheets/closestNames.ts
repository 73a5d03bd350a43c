import { foldDiacritics, nameKey } from "../core/text";

/**
 * The known names closest to `name`, best first, to suggest when a name is not found: by edit
 * distance without diacritics, with abbreviations ("LĐLĐ tỉnh" for "Liên đoàn Lao động tỉnh")
 * counted as close.
 */
export function closestNames(name: string, known: readonly string[], count = 3): string[] {
  const target = foldDiacritics(nameKey(name));
  return known
    .map((candidate) => ({
      candidate,
      distance: distance(target, foldDiacritics(nameKey(candidate))),
    }))
    .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate, "vi"))
    .slice(0, count)
    .map((entry) => entry.candidate);
}

/** Relative edit distance (0 = equal, 1 = nothing in common); 0.1 when one is an abbreviation of the other. */
function distance(a: string, b: string): number {
  if (abbreviates(a, b) || abbreviates(b, a)) {
    return 0.1;
  }
  const longest = Math.max(a.length, b.length, 1);
  return levenshtein(a, b) / longest;
}

/** True when `short`'s words are initials (or whole words) of `long`'s words, in order: "ldld tinh" for "lien doan lao dong tinh". */
function abbreviates(short: string, long: string): boolean {
  const words = long.split(" ");
  let position = 0;
  for (const piece of short.split(" ")) {
    if (piece === words[position]) {
      position += 1;
      continue;
    }
    for (const letter of piece) {
      if (words[position]?.charAt(0) !== letter) {
        return false;
      }
      position += 1;
    }
  }
  return position === words.length && short !== long;
}

function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
