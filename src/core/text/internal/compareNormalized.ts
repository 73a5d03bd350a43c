let collator: Intl.Collator | undefined;

function vietnameseCollator(): Intl.Collator {
  collator ??= new Intl.Collator("vi", { numeric: true });
  return collator;
}

/** `compareVietnamese` for two texts already put through `normalizeText`. */
export function compareNormalized(left: string, right: string): number {
  const order = vietnameseCollator().compare(left, right);
  if (order !== 0) return order;
  if (left === right) return 0;
  return left < right ? -1 : 1;
}
