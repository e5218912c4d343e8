/** Market price: base × Π multipliers of the person's groups × mean-one log-normal noise. */
import type { Rng } from '../random/stream';
import type { PopulationPlan } from './population-plan';
import { fillTerms, termCodes } from './group-terms';
import { multiplyInteractions } from './interaction-terms';
import { drawNormals } from '../random/alea';
import { firstNonFinite64 } from './finite-columns';
import { exactExp } from './exp';

/** True when every price is finite (see finite-columns.ts). `draws` is space of at least n for the normals, drawn in one block. */
export function samplePrice(
  plan: PopulationPlan['price'],
  rng: Rng,
  n: number,
  codes: Record<string, Uint8Array>,
  out: Float64Array,
  draws: Float64Array = new Float64Array(n),
): boolean {
  const sigma = plan.noise;
  // exp(σε − σ²/2) has mean 1, so noise leaves each group's mean price unchanged.
  const drift = -0.5 * sigma * sigma;
  // With noise and no terms past the table, each multiplier is read straight from it (termCodes).
  const pair = sigma !== 0 && plan.interactions.length === 0 ? termCodes(plan.multipliers, n, codes) : undefined;
  if (pair) return noiseFromTable(out, plan.multipliers.table, pair.a, pair.b, plan.multipliers.radix, sigma, drift, drawNormals(rng, draws, n), n);
  fillTerms(out, n, plan.multipliers, codes);
  multiplyInteractions(out, n, plan.interactions, codes);
  if (sigma === 0) return firstNonFinite64(out, n) < 0;
  return withNoise(out, sigma, drift, drawNormals(rng, draws, n), n);
}

// Two people a step, i and j = i + 1 (j = i at an odd end: both read before either writes, so
// person i's price is computed and written twice), as numeric-sampler.ts's log-normals do.

function withNoise(out: Float64Array, sigma: number, drift: number, e: Float64Array, n: number): boolean {
  let finite = true;
  for (let i = 0; i < n; i += 2) {
    const j = i + 1 < n ? i + 1 : i;
    const x = out[i]! * exactExp(sigma * e[i]! + drift);
    const y = out[j]! * exactExp(sigma * e[j]! + drift);
    out[i] = x;
    out[j] = y;
    if (x - x + (y - y) !== 0) finite = false;
  }
  return finite;
}

/** withNoise with each price's multiplier read from the table by the person's codes. */
function noiseFromTable(out: Float64Array, table: Float64Array, a: Uint8Array, b: Uint8Array, radix: number, sigma: number, drift: number, e: Float64Array, n: number): boolean {
  let finite = true;
  for (let i = 0; i < n; i += 2) {
    const j = i + 1 < n ? i + 1 : i;
    const x = table[a[i]! * radix + b[i]!]! * exactExp(sigma * e[i]! + drift);
    const y = table[a[j]! * radix + b[j]!]! * exactExp(sigma * e[j]! + drift);
    out[i] = x;
    out[j] = y;
    if (x - x + (y - y) !== 0) finite = false;
  }
  return finite;
}
