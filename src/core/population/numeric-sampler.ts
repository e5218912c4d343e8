/**
 * Numeric attributes: a base distribution whose latent mean is shifted per parent category —
 * normal: the mean; lognormal: the log-mean; uniform: the value itself; beta: the logit of the
 * draw. Writes the true value and its z-score against the base distribution (what behaviour reads).
 */
import type { Rng } from '../random/stream';
import type { Distribution, NumericAttribute } from '../scenario/types';
import { betaDraw } from './beta';
import { drawNormals, drawUniforms } from '../random/alea';
import type { CategoricalIndex, TermTable } from './group-terms';
import { fillTerms, groupTerms, termTable } from './group-terms';
import type { Standardisation } from './standardisation';
import { distributionStandardisation } from './standardisation';

export interface NumericSampler {
  readonly id: string;
  readonly distribution: Distribution;
  readonly std: Standardisation;
  /** The shifts of each person's groups, tabulated (group-terms.ts). */
  readonly shifts: TermTable;
}

export function numericSampler(attr: NumericAttribute, earlier: CategoricalIndex): NumericSampler {
  return {
    id: attr.id,
    distribution: attr.distribution,
    std: distributionStandardisation(attr.distribution),
    shifts: termTable(0, groupTerms(attr.shift, earlier, 0), false),
  };
}

/** Draws `n` values into `values` and their z-scores into `z`. `scratch` and `draws` are space of at least n. */
export function sampleNumeric(
  s: NumericSampler,
  rng: Rng,
  n: number,
  codes: Record<string, Uint8Array>,
  values: Float64Array,
  z: Float64Array,
  scratch: Float64Array = new Float64Array(n),
  draws: Float64Array = new Float64Array(n),
): void {
  const shift = scratch.subarray(0, n);
  fillTerms(shift, n, s.shifts, codes);
  const d = s.distribution;
  const { mean, sd } = s.std;
  switch (d.kind) {
    case 'normal': {
      const e = drawNormals(rng, draws, n);
      for (let i = 0; i < n; i++) {
        const x = d.mean + shift[i]! + d.sd * e[i]!;
        values[i] = x;
        z[i] = (x - mean) / sd;
      }
      return;
    }
    case 'lognormal': {
      const e = drawNormals(rng, draws, n);
      for (let i = 0; i < n; i++) {
        const l = d.mu + shift[i]! + d.sigma * e[i]!;
        values[i] = Math.exp(l);
        z[i] = (l - mean) / sd;
      }
      return;
    }
    case 'uniform': {
      const range = d.max - d.min;
      const u = drawUniforms(rng, draws, n);
      for (let i = 0; i < n; i++) {
        const x = d.min + range * u[i]! + shift[i]!;
        values[i] = x;
        z[i] = (x - mean) / sd;
      }
      return;
    }
    case 'beta':
      for (let i = 0; i < n; i++) {
        const b = betaDraw(rng, d.alpha, d.beta);
        const t = shift[i]!;
        // sigmoid(logit(b) + t) without computing the logit: b·e^t / (b·e^t + 1 − b).
        const x = t === 0 ? b : (b * Math.exp(t)) / (b * Math.exp(t) + 1 - b);
        values[i] = x;
        z[i] = (x - mean) / sd;
      }
      return;
  }
}
