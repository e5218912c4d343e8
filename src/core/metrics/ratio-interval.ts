/**
 * Intervals and one-sided tests for a ratio of two estimated selection rates, on the log scale.
 *
 * Disparate impact and impact ratio compare two disjoint groups, r1/n1 against r2/n2: the Katz log
 * interval (Katz, Baptista, Azen & Pike 1978, Biometrics 34:469), log θ̂ ± z·se with
 * se² = 1/r1 − 1/n1 + 1/r2 − 1/n2. When either reached count is 0 the log is undefined and the
 * adjusted log interval is used instead (Walter 1975; Pettigrew, Gart & Thomas 1986): 0.5 added to
 * each r and n; a ratio of 0 then has lower limit 0.
 *
 * The representation ratio compares a group with the overall rate, which contains the group. It
 * is a monotone function of the group-against-the-rest ratio θ = p_g / p_rest (two disjoint,
 * independent samples again): RR = 1 / (w + (1 − w) / θ) with w = n_g / N, so the Katz interval
 * of θ maps to an interval of RR with the same coverage, and a band edge b on RR maps to
 * θ = b(1 − w) / (1 − b·w).
 */
import type { Interval } from '../results/types';
import { normalCdf } from './distributions';
import { Z95 } from './wilson';

/** A ratio on the log scale: the estimate used for limits and tests, and its standard error. */
export interface LogRatio {
  /** log θ̂ (adjusted when a reached count is 0); −Infinity only for θ̂ = 0 without adjustment. */
  log: number;
  se: number;
  /** True when r1 = 0: the lower limit is 0. */
  zeroNumerator: boolean;
}

/** log(r1/n1 ÷ r2/n2) and its Katz standard error; null when a rate is undefined or r2 = 0 and r1 = 0. */
export function katzLogRatio(r1: number, n1: number, r2: number, n2: number): LogRatio | null {
  if (!(n1 > 0 && n2 > 0) || r1 < 0 || r2 < 0 || r1 > n1 || r2 > n2) return null;
  if (r1 === 0 && r2 === 0) return null;
  const adjust = r1 === 0 || r2 === 0 ? 0.5 : 0;
  const a = r1 + adjust;
  const b = r2 + adjust;
  const m1 = n1 + adjust;
  const m2 = n2 + adjust;
  const se = Math.sqrt(Math.max(0, 1 / a - 1 / m1 + 1 / b - 1 / m2));
  return { log: Math.log(a / m1) - Math.log(b / m2), se, zeroNumerator: r1 === 0 };
}

/** The (1 − α) interval of θ from its log estimate; [0, …] when the numerator count is 0. */
export function logRatioInterval(r: LogRatio | null, z = Z95): Interval {
  if (r === null) return null;
  const low = r.zeroNumerator ? 0 : Math.exp(r.log - z * r.se);
  return [low, Math.exp(r.log + z * r.se)];
}

/**
 * One-sided p-values of "θ is below `low`" (small when the estimate is clearly below) and
 * "θ is above `high`", from the normal approximation of log θ̂. A band edge that θ cannot reach
 * (null) gives p = 1.
 */
export function bandPValues(r: LogRatio | null, low: number | null, high: number | null): { below: number; above: number } | null {
  if (r === null) return null;
  const p = (edge: number | null, sign: 1 | -1) => {
    if (edge === null || !(edge > 0)) return 1;
    const d = sign * (r.log - Math.log(edge));
    if (r.se === 0) return d < 0 ? 0 : 1;
    return normalCdf(d / r.se);
  };
  return { below: p(low, 1), above: p(high, -1) };
}

/** Katz interval of disparate impact (or impact ratio): group r1/n1 against a disjoint group r2/n2. */
export function katzInterval(r1: number, n1: number, r2: number, n2: number, z = Z95): Interval {
  return logRatioInterval(katzLogRatio(r1, n1, r2, n2), z);
}

/** θ = p_g / p_rest → RR = p_g / p_all, for a group holding the share w of the people. */
export function representationFromRest(theta: number, w: number): number {
  if (theta === Infinity) return 1 / w;
  if (theta === 0) return 0;
  return 1 / (w + (1 - w) / theta);
}

/** RR edge b → θ edge; null when RR cannot reach b (b ≥ 1 / w). */
export function restEdge(b: number, w: number): number | null {
  return b * w >= 1 ? null : (b * (1 - w)) / (1 - b * w);
}

/**
 * The representation ratio's interval from the group-against-the-rest Katz interval. A group that
 * is everyone has RR 1 exactly ([1, 1]); null when the ratio is undefined.
 */
export function representationInterval(r: number, n: number, reached: number, total: number, z = Z95): Interval {
  if (!(n > 0) || !(reached > 0)) return null;
  if (n >= total) return [1, 1];
  const w = n / total;
  const theta = logRatioInterval(katzLogRatio(r, n, reached - r, total - n), z);
  if (theta === null) return null;
  return [representationFromRest(theta[0], w), representationFromRest(theta[1], w)];
}
