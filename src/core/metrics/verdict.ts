/**
 * Verdicts of the audit: a metric's 95% interval against the band, with the offer deciding what
 * counts as harm. The three judged outcomes are symmetric: clearly inside → `within`, clearly
 * outside → `excluded` / `over-targeted`, otherwise `uncertain` with the side it leans to.
 */
import type { Interval, Leaning, Verdict } from '../results/types';

export interface VerdictRules {
  band: { low: number; high: number };
  minGroupSize: number;
  minCount: number;
  offer: 'opportunity' | 'risk';
}

/** One-sided p-values of "the metric is below band.low" and "above band.high". */
export interface BandTests {
  below: number;
  above: number;
}

export interface Judgement {
  verdict: Verdict;
  leaning: Leaning | null;
  /** 2 × the smaller one-sided p-value, at most 1; null when not judged on an interval. */
  pValue: number | null;
}

/** The side of parity a value lies on (null at exactly 1). */
export function leaningOf(value: number): Leaning | null {
  return value < 1 ? 'low' : value > 1 ? 'high' : null;
}

/**
 * `too-small` when the group has fewer than `minGroupSize` people or its selection rate's
 * denominator (n) is below `minCount`; `not-comparable` when the metric is undefined. Otherwise,
 * with an interval: `excluded` when it lies wholly below band.low, `over-targeted` wholly above
 * band.high, `within` wholly inside the band (ends included), else `uncertain`. Without an
 * interval (a value equal to 1 by definition, such as the reference group's own DI) the value
 * alone is judged against the band.
 */
export function judge(value: number | null, n: number, rules: VerdictRules, interval: Interval = null, tests: BandTests | null = null): Judgement {
  if (n < rules.minGroupSize || n < rules.minCount) return { verdict: 'too-small', leaning: null, pValue: null };
  if (value === null) return { verdict: 'not-comparable', leaning: null, pValue: null };
  const { low, high } = rules.band;
  if (interval === null) {
    const verdict: Verdict = value < low ? 'excluded' : value > high ? 'over-targeted' : 'within';
    return { verdict, leaning: null, pValue: null };
  }
  const pValue = tests ? Math.min(1, 2 * Math.min(tests.below, tests.above)) : null;
  const [lo, hi] = interval;
  if (hi < low) return { verdict: 'excluded', leaning: null, pValue };
  if (lo > high) return { verdict: 'over-targeted', leaning: null, pValue };
  if (lo >= low && hi <= high) return { verdict: 'within', leaning: null, pValue };
  // Straddling: lean to the side of the estimate; at exactly 1, to the edge the interval crosses further.
  const leaning = leaningOf(value) ?? (Math.log(low / lo) >= Math.log(hi / high) ? 'low' : 'high');
  return { verdict: 'uncertain', leaning, pValue };
}

/** The verdict alone (see `judge`). */
export function verdictOf(value: number | null, n: number, rules: VerdictRules, interval: Interval = null): Verdict {
  return judge(value, n, rules, interval).verdict;
}

/** Opportunity offers (jobs, credit, housing) harm by exclusion; risk offers by over-targeting. */
export function isHarm(verdict: Verdict, offer: 'opportunity' | 'risk'): boolean {
  return offer === 'opportunity' ? verdict === 'excluded' : verdict === 'over-targeted';
}
