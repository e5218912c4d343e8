/**
 * The BISG-style posterior of an attribute T given proxies X₁…X_k, from the scenario's own
 * conditional tables. The set S = {T, X₁…X_k} must be closed under `given` (every parent of a
 * member is a member; `references-derived.ts` checks it), so the joint probability of S is the
 * product of its members' tables and the posterior is exact:
 *
 *   P(T = t | x) ∝ Π_{a ∈ S} P(a = value of a | parents of a), with T set to t.
 *
 * With T unconditional and each proxy given T only, that is BISG's P(t) · P(surname | t) ·
 * P(geography | t). Members whose table does not involve T are a constant factor and are left out.
 */
import type { CategoricalAttribute, InferredAttribute, Scenario } from '../scenario/types';
import { own } from '../records/own';

interface Factor {
  /** The member's column, or null when the member is T itself (its value is t). */
  readonly valueOf: string | null;
  /** Parents other than T: column and stride. */
  readonly parents: readonly { readonly attributeId: string; readonly stride: number }[];
  /** Row stride of T among the parents (0 when T is not a parent). */
  readonly targetStride: number;
  /** Categories of the member per row. */
  readonly k: number;
  /** rows × k normalised probabilities. */
  readonly probabilities: Float64Array;
}

export interface PosteriorPlan {
  readonly categories: number;
  readonly factors: readonly Factor[];
}

export function posteriorPlan(scenario: Scenario, spec: InferredAttribute): PosteriorPlan {
  const byId = new Map<string, CategoricalAttribute>();
  for (const a of scenario.population.attributes) if (a.type === 'categorical') byId.set(a.id, a);
  const target = byId.get(spec.of);
  if (!target) throw new Error(`inferred attribute "${spec.id}": "${spec.of}" is not a categorical attribute`);
  const factors: Factor[] = [];
  for (const id of [spec.of, ...spec.from]) {
    const member = byId.get(id);
    if (!member) throw new Error(`inferred attribute "${spec.id}": "${id}" is not a categorical attribute`);
    const given = member.given ?? [];
    if (id !== spec.of && !given.includes(spec.of)) continue;
    const radices = given.map((g) => byId.get(g)?.categories ?? []);
    const strides: number[] = [];
    let rows = 1;
    for (let p = given.length - 1; p >= 0; p--) {
      strides[p] = rows;
      rows *= radices[p]!.length;
    }
    const k = member.categories.length;
    const probabilities = new Float64Array(rows * k);
    for (let row = 0; row < rows; row++) {
      const key = radices.map((cats, p) => cats[Math.floor(row / strides[p]!) % cats.length]!.id).join('|');
      const weights = given.length ? own(member.table, key) : member.weights;
      const total = (weights ?? []).reduce((a, w) => a + w, 0);
      weights?.forEach((w, j) => (probabilities[row * k + j] = total > 0 ? w / total : 0));
    }
    factors.push({
      valueOf: id === spec.of ? null : id,
      parents: given.flatMap((g, p) => (g === spec.of ? [] : [{ attributeId: g, stride: strides[p]! }])),
      targetStride: given.includes(spec.of) ? strides[given.indexOf(spec.of)]! : 0,
      k,
      probabilities,
    });
  }
  return { categories: target.categories.length, factors };
}

/**
 * Person i's posterior over T's categories into `out` (length ≥ categories); sums to 1. A
 * combination of proxies the model gives probability 0 (it cannot be generated) gets all of its
 * weight on the first category.
 */
export function posteriorOf(plan: PosteriorPlan, codes: Record<string, Uint8Array>, i: number, out: Float64Array): void {
  const T = plan.categories;
  out.fill(1, 0, T);
  for (const f of plan.factors) {
    let base = 0;
    for (const p of f.parents) base += (codes[p.attributeId]![i] as number) * p.stride;
    const value = f.valueOf === null ? -1 : (codes[f.valueOf]![i] as number);
    for (let t = 0; t < T; t++) out[t]! *= f.probabilities[(base + t * f.targetStride) * f.k + (value < 0 ? t : value)]!;
  }
  let total = 0;
  for (let t = 0; t < T; t++) total += out[t]!;
  if (total > 0) for (let t = 0; t < T; t++) out[t]! /= total;
  else {
    out.fill(0, 0, T);
    out[0] = 1;
  }
}

/** The most probable category (ties to the first). */
export function mostProbable(posterior: Float64Array, categories: number): number {
  let best = 0;
  for (let t = 1; t < categories; t++) if (posterior[t]! > posterior[best]!) best = t;
  return best;
}

/** The category a uniform u falls in under the posterior. */
export function drawFrom(posterior: Float64Array, categories: number, u: number): number {
  let acc = 0;
  for (let t = 0; t < categories - 1; t++) {
    acc += posterior[t]!;
    if (u < acc) return t;
  }
  return categories - 1;
}
