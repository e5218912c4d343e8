/**
 * Division conventions of the audit. A rate or ratio whose denominator is zero (no one in it) is
 * undefined and is returned as `null` — never NaN or Infinity — so results serialise to valid JSON
 * and a reader can tell "0%" from "no one to measure". A difference involving an undefined rate is
 * `null` too.
 */

/** num / den, or null when den is 0. */
export function rate(num: number, den: number): number | null {
  return den > 0 ? num / den : null;
}

/** a / b for two possibly undefined values; null when either is null or b is 0. */
export function ratio(a: number | null, b: number | null): number | null {
  return a === null || b === null || b === 0 ? null : a / b;
}

/** a − b; null when either is null. */
export function difference(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : a - b;
}
