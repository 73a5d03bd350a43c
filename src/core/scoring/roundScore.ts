/** Binary digits kept: a step of 2^-30 of the value's magnitude, about 1e-9 of it. */
const KEPT_BITS = 30;

/** Biased exponents (as stored in a double) outside which values are returned as they are. */
const SMALLEST_EXPONENT = 64;
const LARGEST_EXPONENT = 2000;

/** For each biased exponent e: the step 2^(e − 1023 − 30) and its inverse, exact powers of two. */
const STEP = new Float64Array(2048);
const INVERSE_STEP = new Float64Array(2048);
for (let exponent = SMALLEST_EXPONENT; exponent <= LARGEST_EXPONENT; exponent++) {
  STEP[exponent] = 2 ** (exponent - 1023 - KEPT_BITS);
  INVERSE_STEP[exponent] = 2 ** (1023 + KEPT_BITS - exponent);
}

/** Whole numbers up to this size are returned as they are. */
const WHOLE_LIMIT = 2 ** KEPT_BITS;

const bits = new DataView(new ArrayBuffer(8));

/**
 * A score rounded to about 1e-9 of its own size (a step of 2^-30 of its binary magnitude), so
 * that float noise from sums and averages compares equal: 985.4999999999999 and 985.5 give the
 * same value. It is a rounding, not a tolerance, so equality stays transitive (a sort can use
 * it); it never reverses an order (a ≤ b gives roundScore(a) ≤ roundScore(b)); whole numbers
 * and halves keep their value; 0, infinities, NaN and magnitudes outside about 1e-289…1e294 come back
 * unchanged. Ranking, grades and the maximum checks all compare through it.
 */
export function roundScore(value: number): number {
  if (value === 0 || !Number.isFinite(value)) return value;
  // A whole number below 2^30 is already a multiple of its step (at most 1): the usual
  // thresholds, votes and counts need no rounding.
  if (Number.isInteger(value) && value <= WHOLE_LIMIT && value >= -WHOLE_LIMIT) return value;
  bits.setFloat64(0, value);
  const exponent = (bits.getUint16(0) >>> 4) & 0x7ff;
  if (exponent < SMALLEST_EXPONENT || exponent > LARGEST_EXPONENT) return value;
  return Math.round(value * INVERSE_STEP[exponent]!) * STEP[exponent]!;
}
