/**
 * How behaviour reads a numeric attribute: standardised by its BASE distribution (before any group
 * shift), so that a coefficient means "per standard deviation" whatever the attribute's units.
 *
 * The standardisation scale is ln x for a lognormal (its latent normal) and x itself otherwise:
 * z = (scale(x) − mean) / sd. Observation noise is also added on this scale (see observation.ts).
 */
import type { Distribution, NumericAttribute } from '../scenario/types';

export interface Standardisation {
  /** Mean of the base distribution on the standardisation scale. */
  readonly mean: number;
  /** Standard deviation of the base distribution on the standardisation scale. */
  readonly sd: number;
  /** True when the scale is ln x (lognormal), false when it is x. */
  readonly log: boolean;
}

export function standardisation(attribute: Pick<NumericAttribute, 'distribution'>): Standardisation {
  return distributionStandardisation(attribute.distribution);
}

export function distributionStandardisation(d: Distribution): Standardisation {
  switch (d.kind) {
    case 'normal':
      return { mean: d.mean, sd: d.sd, log: false };
    case 'lognormal':
      return { mean: d.mu, sd: d.sigma, log: true };
    case 'uniform':
      // A uniform on [min, max] has variance (max − min)² / 12.
      return { mean: (d.min + d.max) / 2, sd: (d.max - d.min) / Math.sqrt(12), log: false };
    case 'beta': {
      const s = d.alpha + d.beta;
      return { mean: d.alpha / s, sd: Math.sqrt((d.alpha * d.beta) / (s * s * (s + 1))), log: false };
    }
  }
}

/** z-score of one value: (scale(x) − mean) / sd. */
export function standardise(std: Standardisation, x: number): number {
  return ((std.log ? Math.log(x) : x) - std.mean) / std.sd;
}
