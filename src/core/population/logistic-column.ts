/**
 * A behaviour column driven by a logistic model: probability = sigmoid(logit(base) + Σ numeric
 * coefficient · z + Σ categorical effect), outcome = [u < probability] with u from the column's
 * own stream. Used for conversion, click and consent.
 */
import type { Rng } from '../random/stream';
import type { Effects } from '../scenario/types';
import type { CategoricalIndex, GroupTerm, TermTable } from './group-terms';
import { codeArray, column, fillTerms, termTable } from './group-terms';
import type { InteractionTerm } from './interaction-terms';
import { addInteractions, interactionTerms } from './interaction-terms';
import { drawUniforms } from '../random/alea';

export interface LogisticModel {
  readonly intercept: number;
  readonly categorical: readonly GroupTerm[];
  readonly numeric: readonly { readonly attributeId: string; readonly coefficient: number }[];
  /** Effects for people in several groups at once (empty unless the scenario has interactions). */
  readonly interactions: readonly InteractionTerm[];
  /** The intercept and the categorical effects, tabulated (group-terms.ts). */
  readonly start: TermTable;
}

export function logisticModel(
  base: number,
  effects: Effects,
  categorical: CategoricalIndex,
  interactions?: readonly { when: Record<string, string[]>; effect: number }[],
): LogisticModel {
  const cat: GroupTerm[] = [];
  const num: { attributeId: string; coefficient: number }[] = [];
  for (const [attributeId, effect] of Object.entries(effects)) {
    if (typeof effect === 'number') {
      if (effect !== 0) num.push({ attributeId, coefficient: effect });
      continue;
    }
    const attr = categorical.get(attributeId);
    if (attr) cat.push({ attributeId, byCode: codeArray(attr, effect, 0) });
  }
  const terms = interactionTerms(interactions, categorical, (t) => t.effect);
  const intercept = Math.log(base / (1 - base));
  return { intercept, categorical: cat, numeric: num, interactions: terms, start: termTable(intercept, cat, false) };
}

/**
 * Fills each person's probability (Float32) and outcome; the outcome compares u with the exact
 * probability. True when no probability is NaN (see finite-columns.ts). `scratch` and `draws` are space of at least n for the logits and the uniforms;
 * `zeros` is n zeros, the z-scores of a model without numeric effects.
 */
export function sampleLogistic(
  model: LogisticModel,
  rng: Rng,
  n: number,
  codes: Record<string, Uint8Array>,
  z: Record<string, Float64Array>,
  probability: Float32Array,
  outcome: Uint8Array,
  scratch: Float64Array = new Float64Array(n),
  draws: Float64Array = new Float64Array(n),
  zeros: Float64Array = new Float64Array(n),
): boolean {
  const logit = scratch.subarray(0, n);
  fillTerms(logit, n, model.start, codes);
  addInteractions(logit, n, model.interactions, codes);
  const numeric = model.numeric;
  for (let k = 0; k < numeric.length - 1; k++) addScaled(logit, column(z, numeric[k]!.attributeId), numeric[k]!.coefficient, n);
  // The last numeric effect is added in the outcome loop (adding 0 × 0 leaves a logit as it is).
  const last = numeric[numeric.length - 1];
  const u = drawUniforms(rng, draws, n);
  return outcomes(logit, last ? column(z, last.attributeId) : zeros, last ? last.coefficient : 0, u, n, probability, outcome);
}

/** p = sigmoid(logit + coefficient · z) and outcome = [u < p], for each person. */
function outcomes(logit: Float64Array, zs: Float64Array, coefficient: number, u: Float64Array, n: number, probability: Float32Array, outcome: Uint8Array): boolean {
  let finite = true;
  for (let i = 0; i < n; i++) {
    const p = 1 / (1 + Math.exp(-(logit[i]! + coefficient * zs[i]!)));
    probability[i] = p;
    // [u < p] without a branch the CPU would mispredict for p near ½: u − p is negative exactly
    // when u < p (a difference of two doubles keeps its sign), and lies in (−1, 1), so its floor
    // is −1 or 0 (and NaN, stored as 0, for a NaN p).
    outcome[i] = -Math.floor(u[i]! - p);
    if (p !== p) finite = false;
  }
  return finite;
}

function addScaled(logit: Float64Array, zs: Float64Array, coefficient: number, n: number): void {
  for (let i = 0; i < n; i++) logit[i]! += coefficient * zs[i]!;
}
