/** Synonyms prepared for matching many labels: reduced keys, split into words once. */
export interface PreparedSynonyms {
  readonly exact: ReadonlySet<string>;
  readonly entries: readonly { readonly key: string; readonly words: readonly string[] }[];
  /** Synonyms by their first word (a synonym inside a label starts at one of the label's words). */
  readonly byFirstWord: ReadonlyMap<
    string,
    readonly { readonly key: string; readonly words: readonly string[] }[]
  >;
  /** Synonyms by each of their words (a label inside a synonym has its first word in it). */
  readonly byWord: ReadonlyMap<
    string,
    readonly { readonly key: string; readonly words: readonly string[] }[]
  >;
}

/** Prepares synonyms (already reduced by `headerKey`) for `matchLabel`. */
export function prepareSynonyms(synonyms: readonly string[]): PreparedSynonyms {
  const entries = synonyms
    .filter((key) => key !== "")
    .map((key) => ({ key, words: key.split(" ") }));
  const byFirstWord = new Map<string, { key: string; words: string[] }[]>();
  const byWord = new Map<string, { key: string; words: string[] }[]>();
  for (const entry of entries) {
    const first = entry.words[0] ?? "";
    byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), entry]);
    for (const word of new Set(entry.words)) {
      byWord.set(word, [...(byWord.get(word) ?? []), entry]);
    }
  }
  return { exact: new Set(entries.map((entry) => entry.key)), entries, byFirstWord, byWord };
}

/**
 * How well a header label (already reduced by `headerKey`) names something known by `synonyms`:
 * 1 for an exact match; less when a synonym's words appear, in order, inside the label ("ten don
 * vi duoc de nghi" contains "ten don vi"), or the label's words (two or more) inside a longer
 * synonym; 0 when nothing matches.
 */
export function matchLabel(label: string, synonyms: readonly string[] | PreparedSynonyms): number {
  if (label === "") {
    return 0;
  }
  const prepared = "byWord" in synonyms ? synonyms : prepareSynonyms(synonyms);
  if (prepared.exact.has(label)) {
    return 1;
  }
  const labelWords = label.split(" ");
  let best = 0;
  // A word written twice finds the same synonyms twice: the best score is the same.
  for (const word of labelWords) {
    const starting = prepared.byFirstWord.get(word);
    if (starting === undefined) {
      continue;
    }
    for (const synonym of starting) {
      if (containsWords(labelWords, synonym.words)) {
        best = Math.max(best, 0.5 + (0.4 * synonym.words.length) / labelWords.length);
      }
    }
  }
  const holding = labelWords.length >= 2 ? prepared.byWord.get(labelWords[0] ?? "") : undefined;
  for (const synonym of holding ?? []) {
    if (containsWords(synonym.words, labelWords)) {
      best = Math.max(best, 0.4 + (0.4 * labelWords.length) / synonym.words.length);
    }
  }
  return best;
}

/** True when `inner` occurs as a contiguous run of words in `outer`. */
export function containsWords(outer: readonly string[], inner: readonly string[]): boolean {
  if (inner.length === 0 || inner.length > outer.length) {
    return false;
  }
  for (let start = 0; start + inner.length <= outer.length; start += 1) {
    let offset = 0;
    while (offset < inner.length && outer[start + offset] === inner[offset]) {
      offset += 1;
    }
    if (offset === inner.length) {
      return true;
    }
  }
  return false;
}
