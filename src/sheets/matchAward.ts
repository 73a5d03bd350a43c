import type { AwardRule } from "../core/profile/types";
import { headerKey } from "./headerKey";

/** Abbreviations common in award names, spelled out (reduced, without diacritics). */
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  ubnd: "uy ban nhan dan",
  ub: "uy ban",
  cp: "chinh phu",
  ttcp: "thu tuong chinh phu",
  bk: "bang khen",
  mttq: "mat tran to quoc",
  tw: "trung uong",
  ttldxs: "tap the lao dong xuat sac",
  ttldtt: "tap the lao dong tien tien",
  cstd: "co thi dua",
};

/** Words that do not tell awards apart. */
const FILLER = new Set(["cua", "of", "the", "s", "danh", "hieu", "nam"]);

/**
 * The profile award an award name written in a sheet means, or null when none (or more than one
 * equally) fits. Compared without diacritics, case or punctuation, abbreviations spelled out:
 * the same words match; else a text holding an award's whole name ("Đề nghị Cờ thi đua của Chính
 * phủ") means the most specific such award; else a shortening ("Cờ Chính phủ", "Bằng khen") means
 * the one award whose name holds all its words — "Cờ thi đua" alone, fitting two flags, means none.
 */
export function matchAward(text: string, awards: readonly AwardRule[]): string | null {
  const words = significantWords(text);
  if (words.size === 0) {
    return null;
  }
  const names = awardNames(awards);
  const exact = names.filter((award) => award.names.some((name) => sameWords(words, name)));
  if (exact.length > 0) {
    return exact.length === 1 ? (exact[0]?.id ?? null) : null;
  }
  const held = names
    .map((award) => ({
      id: award.id,
      size: Math.max(
        0,
        ...award.names
          .filter((name) => name.size > 0 && holds(words, name))
          .map((name) => name.size)
      ),
    }))
    .filter((award) => award.size > 0)
    .sort((a, b) => b.size - a.size);
  if (held.length > 0) {
    return held.length === 1 || (held[0]?.size ?? 0) > (held[1]?.size ?? 0)
      ? (held[0]?.id ?? null)
      : null;
  }
  const holding = names.filter((award) => award.names.some((name) => holds(name, words)));
  return holding.length === 1 ? (holding[0]?.id ?? null) : null;
}

/** The awards' names as word sets, worked out once per list of awards. */
const namesOfAwards = new WeakMap<readonly AwardRule[], AwardNames>();

type AwardNames = readonly { readonly id: string; readonly names: readonly Set<string>[] }[];

function awardNames(awards: readonly AwardRule[]): AwardNames {
  let names = namesOfAwards.get(awards);
  if (names === undefined) {
    names = awards.map((award) => ({
      id: award.id,
      names: [award.id, award.name.vi, award.name.en].map(significantWords),
    }));
    namesOfAwards.set(awards, names);
  }
  return names;
}

function significantWords(text: string): Set<string> {
  const expanded = headerKey(text)
    .split(" ")
    .flatMap((word) => (ABBREVIATIONS[word] ?? word).split(" "))
    .filter((word) => word !== "" && !FILLER.has(word) && !/^\d{4}$/.test(word));
  return new Set(expanded);
}

function holds(outer: ReadonlySet<string>, inner: ReadonlySet<string>): boolean {
  return [...inner].every((word) => outer.has(word));
}

function sameWords(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && holds(a, b);
}
