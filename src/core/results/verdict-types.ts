/** The words of verdicts and their statistics, shared by `Results` (types.ts) and the metrics. */

/**
 * Symmetric verdicts on the verdict metric's 95% interval:
 * `excluded` / `over-targeted`: the whole interval lies below / above the band (and, with a
 * multiplicity control, the adjusted p-value is below 0.05 too);
 * `within`: the whole interval lies inside the band (ends included);
 * `uncertain`: anything else — the interval straddles a band edge (or, after the multiplicity
 * control, the gap is not significant across the policy's cells); `leaning` says which side.
 * Never a harm.
 * `too-small`: the group has fewer than `minGroupSize` (or `minCount`) people, not judged.
 * `not-comparable`: the verdict metric is undefined (no one reached at all, or the reference
 * group's selection rate is 0 for disparate impact), not judged.
 * A value that carries no interval by definition (the reference group's own DI = 1, the
 * highest-rate group's impact ratio = 1) is judged by its value.
 */
export type Verdict = 'excluded' | 'within' | 'over-targeted' | 'uncertain' | 'too-small' | 'not-comparable';

/** Which side of parity an `uncertain` group's estimate lies: below 1 (`low`) or above (`high`). */
export type Leaning = 'low' | 'high';

/**
 * What a row's verdict interval is: `wilson-katz` = sampling uncertainty of this population (Wilson
 * for rates, Katz log for ratios); `replicates` = a Student-t interval for the mean over replicate
 * seeds (learned policies with replicates: it includes the noise of re-fitting the model).
 */
export type IntervalKind = 'wilson-katz' | 'replicates';

/** The metric verdicts read. `impactRatio` (SR / highest SR in the slice) is the four-fifths rule's. */
export type AuditMetric = 'representationRatio' | 'disparateImpact' | 'impactRatio';

/** Control across a policy's cells: Holm (family-wise error), Benjamini–Hochberg (false discovery rate), or none. */
export type Multiplicity = 'holm' | 'bh' | 'none';

/**
 * One metric over replicate seeds, computed over the `count` replicates where it is defined:
 * the mean, its 95% Student-t interval [low, high] (mean ± t(0.975, count − 1)·sd/√count: covers the
 * across-seed mean 95% of the time) and the 95% prediction interval for one fresh replicate
 * (mean ± t·sd·√(1 + 1/count)). Intervals are null with fewer than 2 defined values.
 */
export interface Spread {
  mean: number | null;
  low: number | null;
  high: number | null;
  /** Sample standard deviation over replicates (n − 1 denominator). */
  sd?: number | null;
  /** Replicates with a defined value. */
  count?: number;
  predictionLow?: number | null;
  predictionHigh?: number | null;
}
