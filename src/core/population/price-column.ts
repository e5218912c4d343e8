/** Market price: base × Π multipliers of the person's groups × mean-one log-normal noise. */
import type { Rng } from '../random/stream';
import type { PopulationPlan } from './population-plan';
import { fillTerms } from './group-terms';
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
  fillTerms(out, n, plan.multipliers, codes);
  multiplyInteractions(out, n, plan.interactions, codes);
  const sigma = plan.noise;
  if (sigma === 0) return firstNonFinite64(out, n) < 0;
  // exp(σε − σ²/2) has mean 1, so noise leaves each group's mean price unchanged.
  return withNoise(out, sigma, -0.5 * sigma * sigma, drawNormals(rng, draws, n), n);
}

function withNoise(out: Float64Array, sigma: number, drift: number, e: Float64Array, n: number): boolean {
  let finite = true;
  for (let i = 0; i < n; i++) {
    const x = out[i]! * exactExp(sigma * e[i]! + drift);
    out[i] = x;
    if (x - x !== 0) finite = false;
  }
  return finite;
}
