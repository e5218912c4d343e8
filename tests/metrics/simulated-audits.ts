/**
 * Simulated audits for the Monte-Carlo tests: per-group counts drawn with a seeded generator and
 * judged by the real core path (`sliceResult`, then `applyMultiplicity`), without a population.
 */
import seedrandom from 'seedrandom';
import { FIELD, FIELD_COUNT } from '../../src/core/metrics/counts';
import { applyMultiplicity } from '../../src/core/metrics/multiplicity';
import type { AuditPlan, SlicePlan } from '../../src/core/metrics/plan';
import { sliceResult, type SliceContext } from '../../src/core/metrics/slice';
import type { GroupRow, Multiplicity, SliceResult } from '../../src/core/results/types';

export type Uniform = () => number;

export function uniform(seed: string): Uniform {
  return seedrandom.alea(seed);
}

/** Binomial(n, p) as a sum of Bernoulli draws (exact; n is small in these tests). */
export function binomial(u: Uniform, n: number, p: number): number {
  let k = 0;
  for (let i = 0; i < n; i++) if (u() < p) k++;
  return k;
}

/** Group sizes of N people drawn with the given weights (multinomial). */
export function multinomial(u: Uniform, N: number, weights: readonly number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  const out = weights.map(() => 0);
  for (let i = 0; i < N; i++) {
    let x = u() * total;
    let k = 0;
    while (k < weights.length - 1 && x >= (weights[k] as number)) x -= weights[k++] as number;
    out[k]!++;
  }
  return out;
}

/**
 * A random policy with a fixed budget: exactly R of the N people, uniformly (multivariate
 * hypergeometric counts per group), by a partial Fisher–Yates shuffle of the group labels.
 */
export function randomPolicyReach(u: Uniform, sizes: readonly number[], R: number): number[] {
  const labels: number[] = [];
  sizes.forEach((n, g) => {
    for (let i = 0; i < n; i++) labels.push(g);
  });
  const reached = sizes.map(() => 0);
  for (let i = 0; i < R; i++) {
    const j = i + Math.floor(u() * (labels.length - i));
    const t = labels[j] as number;
    labels[j] = labels[i] as number;
    labels[i] = t;
    reached[t]!++;
  }
  return reached;
}

export const RULES = { band: { low: 0.8, high: 1.25 }, minGroupSize: 30, minCount: 5, offer: 'opportunity' as const };

/** One attribute slice with `sizes.length` groups g0, g1, …, judged by the core. */
export function judgeSlice(sizes: readonly number[], reached: readonly number[], ctx: Partial<SliceContext> = {}): SliceResult {
  const K = sizes.length;
  const slice: SlicePlan = {
    key: 'g',
    kind: 'attribute',
    attributes: ['g'],
    radices: [K],
    groupIds: sizes.map((_, k) => `g${k}`),
    labels: sizes.map((_, k) => `Group ${k}`),
    offset: 1,
  };
  const plan: AuditPlan = { slices: [slice], cellCount: K + 1 };
  const counts = new Float64Array((K + 1) * FIELD_COUNT);
  const put = (cell: number, n: number, r: number) => {
    counts[cell * FIELD_COUNT + FIELD.n] = n;
    counts[cell * FIELD_COUNT + FIELD.eligible] = n;
    counts[cell * FIELD_COUNT + FIELD.reached] = r;
  };
  put(0, sizes.reduce((a, b) => a + b, 0), reached.reduce((a, b) => a + b, 0));
  sizes.forEach((n, k) => put(k + 1, n, reached[k] as number));
  const full: SliceContext = { ...RULES, metric: 'representationRatio', reference: 'largest', ...ctx };
  return sliceResult(plan, slice, counts, 0, full);
}

/** Judges the rows of one audit as one family (as buildResults does for a policy). */
export function withMultiplicity(rows: GroupRow[], method: Multiplicity): GroupRow[] {
  applyMultiplicity(rows, method, RULES.offer);
  return rows;
}

export function covers(interval: [number, number] | null, value: number): boolean {
  return interval !== null && interval[0] <= value && value <= interval[1];
}

/** Two Monte-Carlo standard errors of a proportion p estimated from n independent trials. */
export function mcError(p: number, n: number): number {
  return 2 * Math.sqrt((p * (1 - p)) / n);
}
