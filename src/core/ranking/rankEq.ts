/**
 * Excel's RANK.EQ(x, values, 0) for every value: 1 + the number of values strictly greater
 * (descending "1224" ranking; equal values share a rank). Exact comparison, no tolerance, as
 * Excel does. A value that is not a number ranks as NaN and is never counted as greater.
 * O(n log n).
 */
export function rankEq(values: readonly number[]): number[] {
  const sorted = Float64Array.from(values.filter((value) => !Number.isNaN(value)))
    .sort()
    .reverse();
  return values.map((value) => (Number.isNaN(value) ? NaN : 1 + countGreater(sorted, value)));
}

/** In a descending array, how many elements are strictly greater than `value` (binary search). */
function countGreater(descending: Float64Array, value: number): number {
  let low = 0;
  let high = descending.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (descending[middle]! > value) low = middle + 1;
    else high = middle;
  }
  return low;
}
