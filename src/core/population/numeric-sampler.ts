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
import { fillTerms, groupTerms, termCodes, termTable } from './group-terms';
import type { Standardisation } from './standardisation';
import { distributionStandardisation } from './standardisation';
import { exactExp } from './exp';

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

/**
 * Draws `n` values into `values` and their z-scores into `z`; true when every value is finite (see
 * finite-columns.ts). `scratch` and `draws` are space of at least n.
 */
export function sampleNumeric(
  s: NumericSampler,
  rng: Rng,
  n: number,
  codes: Record<string, Uint8Array>,
  values: Float64Array,
  z: Float64Array,
  scratch: Float64Array = new Float64Array(n),
  draws: Float64Array = new Float64Array(n),
): boolean {
  const d = s.distribution;
  const { mean, sd } = s.std;
  // A log-normal reads its shifts straight from their table when it can (termCodes).
  const pair = d.kind === 'lognormal' ? termCodes(s.shifts, n, codes) : undefined;
  if (d.kind === 'lognormal' && pair)
    return lognormalFromTable(drawNormals(rng, draws, n), s.shifts.table, pair.a, pair.b, s.shifts.radix, d.mu, d.sigma, mean, sd, n, values, z);
  const shift = scratch.subarray(0, n);
  fillTerms(shift, n, s.shifts, codes);
  switch (d.kind) {
    case 'normal':
      return normalValues(drawNormals(rng, draws, n), shift, d.mean, d.sd, mean, sd, n, values, z);
    case 'lognormal':
      return lognormalValues(drawNormals(rng, draws, n), shift, d.mu, d.sigma, mean, sd, n, values, z);
    case 'uniform':
      return uniformValues(drawUniforms(rng, draws, n), shift, d.min, d.max - d.min, mean, sd, n, values, z);
    case 'beta':
      return betaValues(rng, shift, d.alpha, d.beta, mean, sd, n, values, z);
  }
}

// One loop per distribution, each in a function of its own (V8 compiles each once, for its types).
// v − v is 0 for a finite v and NaN otherwise.

function normalValues(e: Float64Array, shift: Float64Array, mu: number, sigma: number, mean: number, sd: number, n: number, values: Float64Array, z: Float64Array): boolean {
  let finite = true;
  for (let i = 0; i < n; i++) {
    const x = mu + shift[i]! + sigma * e[i]!;
    values[i] = x;
    z[i] = (x - mean) / sd;
    if (x - x !== 0) finite = false;
  }
  return finite;
}

// The log-normal loops take two people a step, i and j = i + 1 (j = i at an odd end, which then
// computes and writes person i's values twice): each step's two exponentials overlap, and the
// loop's own checks are paid once for both (a sixth less time a person than one at a time).

function lognormalValues(e: Float64Array, shift: Float64Array, mu: number, sigma: number, mean: number, sd: number, n: number, values: Float64Array, z: Float64Array): boolean {
  let finite = true;
  for (let i = 0; i < n; i += 2) {
    const j = i + 1 < n ? i + 1 : i;
    const l = mu + shift[i]! + sigma * e[i]!;
    const m = mu + shift[j]! + sigma * e[j]!;
    const x = exactExp(l);
    const y = exactExp(m);
    values[i] = x;
    values[j] = y;
    z[i] = (l - mean) / sd;
    z[j] = (m - mean) / sd;
    if (x - x + (y - y) !== 0) finite = false;
  }
  return finite;
}

/** lognormalValues with each shift read from the shifts' table by the person's codes (group-terms.ts termCodes). */
function lognormalFromTable(e: Float64Array, table: Float64Array, a: Uint8Array, b: Uint8Array, radix: number, mu: number, sigma: number, mean: number, sd: number, n: number, values: Float64Array, z: Float64Array): boolean {
  let finite = true;
  for (let i = 0; i < n; i += 2) {
    const j = i + 1 < n ? i + 1 : i;
    const l = mu + table[a[i]! * radix + b[i]!]! + sigma * e[i]!;
    const m = mu + table[a[j]! * radix + b[j]!]! + sigma * e[j]!;
    const x = exactExp(l);
    const y = exactExp(m);
    values[i] = x;
    values[j] = y;
    z[i] = (l - mean) / sd;
    z[j] = (m - mean) / sd;
    if (x - x + (y - y) !== 0) finite = false;
  }
  return finite;
}

function uniformValues(u: Float64Array, shift: Float64Array, min: number, range: number, mean: number, sd: number, n: number, values: Float64Array, z: Float64Array): boolean {
  let finite = true;
  for (let i = 0; i < n; i++) {
    const x = min + range * u[i]! + shift[i]!;
    values[i] = x;
    z[i] = (x - mean) / sd;
    if (x - x !== 0) finite = false;
  }
  return finite;
}

function betaValues(rng: Rng, shift: Float64Array, alpha: number, beta: number, mean: number, sd: number, n: number, values: Float64Array, z: Float64Array): boolean {
  let finite = true;
  for (let i = 0; i < n; i++) {
    const b = betaDraw(rng, alpha, beta);
    const t = shift[i]!;
    // sigmoid(logit(b) + t) without computing the logit: b·e^t / (b·e^t + 1 − b), e^t once.
    const bet = t === 0 ? 0 : b * Math.exp(t);
    const x = t === 0 ? b : bet / (bet + 1 - b);
    values[i] = x;
    z[i] = (x - mean) / sd;
    if (x - x !== 0) finite = false;
  }
  return finite;
}
