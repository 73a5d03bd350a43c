/**
 * Groups queued operations, in order, into as few requests as possible of at most `maxBytes`
 * each (estimated), so each group can be sent with one `context.sync()`. Everything fits in one
 * group unless the total is larger; an operation larger than `maxBytes` gets a group of its own.
 */
export function requestBatches<T extends { readonly bytes: number }>(
  operations: readonly T[],
  maxBytes: number
): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const operation of operations) {
    if (current.length > 0 && size + operation.bytes > maxBytes) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(operation);
    size += operation.bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
