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

/** Per-person noise SD in standardised units, or a single number when it is the same for all. */
export type NoiseSd = Float64Array | number;

/** `draws` is space of at least n for the normals, drawn in one block. */
export function sampleObserved(
  std: Standardisation,
  noise: NoiseSd,
  rng: Rng,
  n: number,
  values: Float64Array,
  out: Float32Array,
  draws: Float64Array = new Float64Array(n),
): void {
  if (noise === 0) {
    for (let i = 0; i < n; i++) out[i] = values[i]!;
    return;
  }
  const scale = std.sd;
  const e = drawNormals(rng, draws, n);
  // One loop per case: a loop that picks between an array entry and a number per person boxes
  // the number it picks (a heap allocation per person).
  if (typeof noise === 'number') {
    if (std.log) for (let i = 0; i < n; i++) out[i] = values[i]! * Math.exp(noise * scale * e[i]!);
    else for (let i = 0; i < n; i++) out[i] = values[i]! + noise * scale * e[i]!;
  } else if (std.log) for (let i = 0; i < n; i++) out[i] = values[i]! * Math.exp(noise[i]! * scale * e[i]!);
  else for (let i = 0; i < n; i++) out[i] = values[i]! + noise[i]! * scale * e[i]!;
}
