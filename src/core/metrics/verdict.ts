/** Verdicts of the audit: a metric against the band, with the offer deciding what counts as harm. */
import type { Interval, Verdict } from '../results/types';

export interface VerdictRules {
  band: { low: number; high: number };
  minGroupSize: number;
  minCount: number;
  offer: 'opportunity' | 'risk';
}

/**
 * `too-small` when the group has fewer than `minGroupSize` people or its selection rate's
 * denominator (n) is below `minCount`; `not-comparable` when the metric is undefined; otherwise
 * `excluded` below band.low, `over-targeted` above band.high, `within` in between (ends included).
 * A value outside the band whose 95% `interval` still reaches into the band is `uncertain`: the
 * four-fifths rule asks for a practical gap, and we also ask that it be more than sampling noise
 * (as the EEOC's practice pairs the 4/5 rule with a significance check).
 */
export function verdictOf(value: number | null, n: number, rules: VerdictRules, interval: Interval = null): Verdict {
  if (n < rules.minGroupSize || n < rules.minCount) return 'too-small';
  if (value === null) return 'not-comparable';
  if (value < rules.band.low) return interval && interval[1] >= rules.band.low ? 'uncertain' : 'excluded';
  if (value > rules.band.high) return interval && interval[0] <= rules.band.high ? 'uncertain' : 'over-targeted';
  return 'within';
}

/** Opportunity offers (jobs, credit, housing) harm by exclusion; risk offers by over-targeting. */
export function isHarm(verdict: Verdict, offer: 'opportunity' | 'risk'): boolean {
  return offer === 'opportunity' ? verdict === 'excluded' : verdict === 'over-targeted';
}
