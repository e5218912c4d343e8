/** Market price: base × Π multipliers of the person's groups × mean-one log-normal noise. */
import type { Rng } from '../random/stream';
import type { PopulationPlan } from './population-plan';
import { fillTerms } from './group-terms';
import { multiplyInteractions } from './interaction-terms';
import { drawNormals } from '../random/alea';

/** `draws` is space of at least n for the normals, drawn in one block. */
export function samplePrice(
  plan: PopulationPlan['price'],
  rng: Rng,
  n: number,
  codes: Record<string, Uint8Array>,
  out: Float64Array,
  draws: Float64Array = new Float64Array(n),
): void {
  fillTerms(out, n, plan.multipliers, codes);
  multiplyInteractions(out, n, plan.interactions, codes);
  const sigma = plan.noise;
  if (sigma === 0) return;
  // exp(σε − σ²/2) has mean 1, so noise leaves each group's mean price unchanged.
  const drift = -0.5 * sigma * sigma;
  const e = drawNormals(rng, draws, n);
  for (let i = 0; i < n; i++) out[i]! *= Math.exp(sigma * e[i]! + drift);
}
