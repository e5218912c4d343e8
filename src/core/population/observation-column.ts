/**
 * What a model sees of a numeric attribute: the true value plus Gaussian noise whose SD, in SDs of
 * the attribute's base distribution, is observation.noise + Σ extra of the person's groups.
 *
 * Convention: the noise is added on the standardisation scale (see standardisation.ts) and turned
 * back into the value scale — for a normal, uniform or beta attribute observed = x + s·sd·ε; for a
 * lognormal, observed = exp(ln x + s·σ·ε) = x·exp(s·σ·ε), which stays positive.
 */
import type { Rng } from '../random/stream';
import type { Standardisation } from './standardisation';
import { drawNormals } from '../random/alea';
import { exactExp, NEAR_RANGE, nearExp, settledF32 } from './exp';

/** Per-person noise SD in standardised units, or a single number when it is the same for all. */
export type NoiseSd = Float64Array | number;

/** True when every observed value is finite as a Float32. `draws` is space of at least n for the normals, drawn in one block. */
export function sampleObserved(
  std: Standardisation,
  noise: NoiseSd,
  rng: Rng,
  n: number,
  values: Float64Array,
  out: Float32Array,
  draws: Float64Array = new Float64Array(n),
): boolean {
  if (noise === 0) return withoutNoise(values, n, out);
  const scale = std.sd;
  const e = drawNormals(rng, draws, n);
  // One loop per case: a loop that picks between an array entry and a number per person boxes
  // the number it picks (a heap allocation per person).
  if (typeof noise === 'number') return std.log ? logScaleNoise(values, noise * scale, e, n, out) : addedNoise(values, noise * scale, e, n, out);
  return std.log ? logScaleNoiseByPerson(values, noise, scale, e, n, out) : addedNoiseByPerson(values, noise, scale, e, n, out);
}

// Each stored value f is checked as stored: f − f is 0 for a finite f and NaN otherwise (a finite
// double past the Float32 range is stored as ±Infinity).

function withoutNoise(values: Float64Array, n: number, out: Float32Array): boolean {
  let finite = true;
  for (let i = 0; i < n; i++) {
    const f = Math.fround(values[i]!);
    out[i] = f;
    if (f - f !== 0) finite = false;
  }
  return finite;
}

// The loops with an exponential take two people a step, i and j = i + 1 (j = i at an odd end,
// which then computes and writes person i's value twice), as numeric-sampler.ts's log-normals do.
// Each value is first computed with nearExp: where settledF32 says every value within NEAR_MARGIN
// of it has the same Float32 (all but 1 person in 2,000 to 4,000: the interval is 2^-35 of the
// value wide, a Float32 step 2^-24 to 2^-23 of it), that Float32 is the exact value's
// (x · exactExp is within 2^-51 of x · e^y, x · nearExp within 2^-40); otherwise, or for |y| past
// NEAR_RANGE, the exact value is computed. The Float32 stored is the same either way.

function logScaleNoise(values: Float64Array, s: number, e: Float64Array, n: number, out: Float32Array): boolean {
  let finite = true;
  for (let i = 0; i < n; i += 2) {
    const j = i + 1 < n ? i + 1 : i;
    const x = s * e[i]!;
    const y = s * e[j]!;
    let f = settledF32(values[i]! * nearExp(x));
    let g = settledF32(values[j]! * nearExp(y));
    if (!(f === f && Math.abs(x) < NEAR_RANGE)) f = Math.fround(values[i]! * exactExp(x));
    if (!(g === g && Math.abs(y) < NEAR_RANGE)) g = Math.fround(values[j]! * exactExp(y));
    out[i] = f;
    out[j] = g;
    if (f - f + (g - g) !== 0) finite = false;
  }
  return finite;
}

function addedNoise(values: Float64Array, s: number, e: Float64Array, n: number, out: Float32Array): boolean {
  let finite = true;
  for (let i = 0; i < n; i++) {
    const f = Math.fround(values[i]! + s * e[i]!);
    out[i] = f;
    if (f - f !== 0) finite = false;
  }
  return finite;
}

function logScaleNoiseByPerson(values: Float64Array, noise: Float64Array, scale: number, e: Float64Array, n: number, out: Float32Array): boolean {
  let finite = true;
  for (let i = 0; i < n; i += 2) {
    const j = i + 1 < n ? i + 1 : i;
    const x = noise[i]! * scale * e[i]!;
    const y = noise[j]! * scale * e[j]!;
    let f = settledF32(values[i]! * nearExp(x));
    let g = settledF32(values[j]! * nearExp(y));
    if (!(f === f && Math.abs(x) < NEAR_RANGE)) f = Math.fround(values[i]! * exactExp(x));
    if (!(g === g && Math.abs(y) < NEAR_RANGE)) g = Math.fround(values[j]! * exactExp(y));
    out[i] = f;
    out[j] = g;
    if (f - f + (g - g) !== 0) finite = false;
  }
  return finite;
}

function addedNoiseByPerson(values: Float64Array, noise: Float64Array, scale: number, e: Float64Array, n: number, out: Float32Array): boolean {
  let finite = true;
  for (let i = 0; i < n; i++) {
    const f = Math.fround(values[i]! + noise[i]! * scale * e[i]!);
    out[i] = f;
    if (f - f !== 0) finite = false;
  }
  return finite;
}
