/** Wilson score intervals for a binomial proportion (95% by default). */
import type { Interval } from '../results/types';

/** The 97.5% quantile of the standard normal: a two-sided 95% interval. */
export const Z95 = 1.959963984540054;

/**
 * The Wilson score interval for `successes` out of `trials`; null when trials is 0 (the rate is
 * undefined). Unlike the Wald interval it stays inside [0, 1] and is not degenerate at 0 or 1.
 */
export function wilsonInterval(successes: number, trials: number, z = Z95): Interval {
  if (!(trials > 0) || !(successes >= 0 && successes <= trials)) return null;
  const p = successes / trials;
  const z2 = z * z;
  const denom = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denom;
  const half = (z / denom) * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials));
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}
