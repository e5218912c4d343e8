/**
 * Re-scores one (possibly edited) person through the engine's own scoring path: the linear
 * predictor over a one-person chunk, p̂ stored as a float32 as `scoreModel` does, and the score
 * p̂ (or p̂ / price for auction delivery) stored as a float32 as `policyScores` does.
 */
import type { ModelFit } from '../policies/fit-model';
import { linearPredictor } from '../models/linear-predictor';
import type { PopulationChunk } from '../population/chunk';
import type { SeenFeatures } from './contributions';

function onePersonChunk(person: SeenFeatures): PopulationChunk {
  const codes: Record<string, Uint8Array> = {};
  const observed: Record<string, Float32Array> = {};
  for (const [k, v] of Object.entries(person.codes)) codes[k] = Uint8Array.of(v);
  for (const [k, v] of Object.entries(person.observed)) observed[k] = Float32Array.of(v);
  const none = new Float32Array(1);
  return {
    index: 0,
    start: 0,
    size: 1,
    codes,
    values: {},
    observed,
    conversionProb: none,
    converts: new Uint8Array(1),
    clickProb: none,
    clicks: new Uint8Array(1),
    price: new Float64Array(1),
    consent: new Uint8Array(1),
  };
}

export interface Rescored {
  eta: number;
  prob: number;
  score: number;
}

export function rescore(fit: ModelFit, person: SeenFeatures, price: number): Rescored {
  const eta = linearPredictor(fit.spec, fit.coefficients, fit.intercept, onePersonChunk(person))[0] as number;
  const prob = Math.fround(1 / (1 + Math.exp(-eta)));
  const score = fit.perPrice ? Math.fround(prob / price) : prob;
  return { eta, prob, score };
}
