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
import { AleaStream, drawUniforms } from '../random/alea';
import { exactExp, NEAR_MARGIN, NEAR_RANGE, nearExp, settledF32 } from './exp';

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
  probability: Float32Array | undefined,
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
  const zs = last ? column(z, last.attributeId) : zeros;
  const coefficient = last ? last.coefficient : 0;
  if (!(rng instanceof AleaStream)) return outcomes(logit, zs, coefficient, drawUniforms(rng, draws, n), n, probability ?? new Float32Array(n), outcome);
  if (probability) return drawnOutcomes(logit, zs, coefficient, rng, n, probability, outcome);
  drawnDecisions(logit, zs, coefficient, rng, n, outcome);
  return true;
}

/** The outcome [u < p], without a branch (outcomes() says why it is exact). */
function outcomeOf(u: number, p: number): number {
  return -Math.floor(u - p);
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
    outcome[i] = outcomeOf(u[i]!, p);
    if (p !== p) finite = false;
  }
  return finite;
}

/**
 * outcomes() with each u stepped from the column's stream in the loop (Alea's step, as alea.ts)
 * instead of read from a block drawn ahead: the same numbers, and the chain of steps runs in the
 * shadow of the exponential instead of in a loop of its own. The probability is computed with
 * nearExp first: its Float32 (settledF32) and the outcome ([u < p] when u is further than
 * NEAR_MARGIN from it) are then those of the exact probability, for all but about one person in
 * 2,800 (measured on logits of conversion's range), who get the exact probability computed as
 * outcomes() does.
 */
function drawnOutcomes(logit: Float64Array, zs: Float64Array, coefficient: number, st: AleaStream, n: number, probability: Float32Array, outcome: Uint8Array): boolean {
  let c = st.c, s0 = st.s0, s1 = st.s1, s2 = st.s2;
  let finite = true;
  for (let i = 0; i < n; i++) {
    const t = 2091639 * s0 + c * 2.3283064365386963e-10;
    s0 = s1;
    s1 = s2;
    c = t | 0;
    s2 = t - c;
    const x = -(logit[i]! + coefficient * zs[i]!);
    const near = 1 / (1 + nearExp(x));
    const f = settledF32(near);
    const d = s2 - near;
    if (Math.abs(x) < NEAR_RANGE && f === f && Math.abs(d) > near * NEAR_MARGIN) {
      probability[i] = f;
      // d lies in (−1, 1) and is not 0: its floor is −1 exactly when u < p.
      outcome[i] = -Math.floor(d);
    } else {
      const p = 1 / (1 + exactExp(x));
      probability[i] = p;
      outcome[i] = outcomeOf(s2, p);
      if (p !== p) finite = false;
    }
  }
  st.set(c, s0, s1, s2);
  return finite;
}

/**
 * drawnOutcomes() for a column that keeps only its outcomes (consent), without a division for
 * most people: u < p = 1/(1 + e^x) exactly when u·(1 + e^x) < 1, and with e^x from nearExp, q =
 * u·(1 + nearExp(x)) is within a relative 2^-35 of u·(1 + e^x), while the exact p is within 2^-50
 * of 1/(1 + e^x); so q below 1 − 2^-30 means u < p and q above 1 + 2^-30 means u ≥ p. Otherwise
 * (about one person in 500 million, or |x| ≥ 700) p is computed exactly, as drawnOutcomes does.
 */
function drawnDecisions(logit: Float64Array, zs: Float64Array, coefficient: number, st: AleaStream, n: number, outcome: Uint8Array): void {
  let c = st.c, s0 = st.s0, s1 = st.s1, s2 = st.s2;
  for (let i = 0; i < n; i++) {
    const t = 2091639 * s0 + c * 2.3283064365386963e-10;
    s0 = s1;
    s1 = s2;
    c = t | 0;
    s2 = t - c;
    const x = -(logit[i]! + coefficient * zs[i]!);
    const q = s2 * (1 + nearExp(x));
    // [q < 1] without a branch: min(q, 1.5) − 1 lies in [−1, −2^-30) or (2^-30, ½].
    outcome[i] = decided(x, q) ? -Math.floor(Math.min(q, 1.5) - 1) : outcomeOf(s2, 1 / (1 + exactExp(x)));
  }
  st.set(c, s0, s1, s2);
}

/** Whether q = u·(1 + nearExp(x)) decides [u < p] (drawnDecisions). */
function decided(x: number, q: number): boolean {
  // One test that is almost always true (two, q < 1 − m || q > 1 + m, would branch on q < 1).
  return Math.abs(x) < 700 && Math.abs(q - 1) > 9.313225746154785e-10; // 2^-30
}

/** Two people a step, as group-terms.ts's fromCodePair (at an odd end both reads come before either write). */
function addScaled(logit: Float64Array, zs: Float64Array, coefficient: number, n: number): void {
  for (let i = 0; i < n; i += 2) {
    const j = i + 1 < n ? i + 1 : i;
    const x = logit[i]! + coefficient * zs[i]!;
    const y = logit[j]! + coefficient * zs[j]!;
    logit[i] = x;
    logit[j] = y;
  }
}

// Short blocks at load give the code after drawnOutcomes' loop type feedback before the loop is
// compiled on stack (see the same warm-up in random/alea-blocks.ts).
{
  const e = new Float64Array(64);
  const s = new AleaStream('warm-up');
  for (let k = 0; k < 2; k++) {
    drawnOutcomes(e, e, 0, s, e.length, new Float32Array(64), new Uint8Array(64));
    drawnDecisions(e, e, 0, s, e.length, new Uint8Array(64));
  }
}
