/**
 * Bounds on the numbers of a scenario, chosen so that every accepted scenario runs to finite
 * numbers: no column of the engine can overflow a Float64 (±1.8e308) or, for the Float32 columns
 * (observed values, probabilities), ±3.4e38, and no standard deviation can underflow to 0.
 *
 * Most bounds are per value and live in the schema (`schema.ts` reads them from here). Two
 * depend on several fields at once and are checked by `checkNumberRanges` (number-ranges.ts): a
 * lognormal's largest log-value (its mu, its shifts, its sigma and the observation noise on it)
 * and a beta's largest logit shift.
 */
export const NUMBER_BOUNDS = {
  /** Category weights: 64 weights of 1e12 sum to 6.4e13, far from overflow; ratios beyond 1e12 are no use. */
  weight: 1e12,
  /** |mean|, sd, |min|, |max| of normal and uniform attributes and |shift| values: sums of 32 such stay < 1e11. */
  magnitude: 1e9,
  /** Smallest sd (normal) and uniform range: z-scores of values up to 3e10 apart stay below 1e20. */
  minSpread: 1e-9,
  /** |mu| of a lognormal: e^30 ≈ 1e13 is already beyond any income or price. */
  logMean: 30,
  /** Smallest and largest sigma of a lognormal. */
  minSigma: 1e-6,
  maxSigma: 5,
  /** Beta shapes: below 1e-3 the draws are 0 or 1 to double precision; above 1e6 the spread is below 1e-4 of the mean. */
  betaShapeMin: 1e-3,
  betaShapeMax: 1e6,
  /**
   * Logit effects (per category, or per SD of a numeric attribute). A log-odds of 50 turns a rate of
   * 1e-22 into a certainty: nothing larger means anything, and 32 × 50 × z stays finite.
   */
  effect: 50,
  /** Price base and multipliers: the product of 32 multipliers stays within 1e±96, never 0 or ∞. */
  priceBaseMin: 1e-6,
  priceBaseMax: 1e9,
  multiplierMin: 1e-3,
  multiplierMax: 1e3,
  /** Extra observation noise per group, in SDs (as observation.noise). */
  extraNoise: 10,
  /** Largest log-value of a lognormal, counting 12 SDs of draws and noise: e^80 ≈ 5.5e34 < Float32's 3.4e38. */
  maxLogValue: 80,
  /** Largest total logit shift of a beta: e^700 is finite (e^710 is not). */
  maxLogitShift: 700,
} as const;
