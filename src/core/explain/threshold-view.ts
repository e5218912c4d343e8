/**
 * What a threshold chart needs to recompute a policy's reach, conversions, cost and verdicts live
 * as per-group thresholds move: each group's candidates sorted by score (highest first) with
 * running sums of the truth, and each group's size. Pure; `thresholdOutcome` is what the page
 * calls on every drag.
 */
import type { ChunkState } from '../engine/chunk-state';
import { ELIGIBLE, scoreKey } from '../engine/store-keys';
import { resolveBudget } from '../policies/budget';
import type { SelectionBudget } from '../selection';
import type { Scenario } from '../scenario/types';

export interface ThresholdGroup {
  group: string;
  /** People in the group (the whole population) and its eligible people. */
  people: number;
  /** Candidate scores, highest first, and running sums: realised conversions, expected conversions, cost. */
  scores: Float32Array;
  converts: Float64Array;
  expected: Float64Array;
  cost: Float64Array;
}

export interface ThresholdData {
  policy: string;
  attribute: string;
  population: number;
  /** Resolved (a share of the eligible is a number of people here). */
  budget: SelectionBudget;
  band: { low: number; high: number };
  minGroupSize: number;
  groups: ThresholdGroup[];
}

export function thresholdData(scenario: Scenario, states: readonly ChunkState[], policyId: string, attribute: string): ThresholdData {
  const attr = scenario.population.attributes.find((a) => a.id === attribute);
  if (!attr || attr.type !== 'categorical') throw new Error(`"${attribute}" is not a categorical attribute`);
  const policy = scenario.policies.find((p) => p.id === policyId);
  const key = scoreKey(policy?.type === 'fairness' ? policy.base : policyId);
  const rows = attr.categories.map(() => [] as { s: number; y: number; p: number; c: number }[]);
  const people = attr.categories.map(() => 0);
  let eligible = 0;
  for (const state of states) {
    const mask = state.store.get(ELIGIBLE);
    if (mask instanceof Uint8Array) for (const v of mask) eligible += v;
    const chunk = state.chunk!;
    const score = state.store.get(key);
    if (!(score instanceof Float32Array)) throw new Error(`policy "${policyId}" has no scores in this run`);
    const codes = chunk.codes[attribute]!;
    for (let i = 0; i < chunk.size; i++) {
      const g = codes[i] as number;
      people[g] = (people[g] as number) + 1;
      const s = score[i] as number;
      if (s === s) rows[g]!.push({ s, y: chunk.converts[i] as number, p: chunk.conversionProb[i] as number, c: chunk.price[i] as number });
    }
  }
  const groups = attr.categories.map((c, g): ThresholdGroup => {
    const list = rows[g]!.sort((a, b) => b.s - a.s);
    const n = list.length;
    const out = { group: c.id, people: people[g] as number, scores: new Float32Array(n), converts: new Float64Array(n), expected: new Float64Array(n), cost: new Float64Array(n) };
    let y = 0;
    let p = 0;
    let cost = 0;
    list.forEach((r, k) => {
      out.scores[k] = r.s;
      out.converts[k] = y += r.y;
      out.expected[k] = p += r.p;
      out.cost[k] = cost += r.c;
    });
    return out;
  });
  return {
    policy: policyId,
    attribute,
    population: scenario.population.size,
    budget: resolveBudget(scenario.campaign.budget, eligible),
    band: scenario.audit.band,
    minGroupSize: scenario.audit.minGroupSize,
    groups,
  };
}

export interface ThresholdGroupOutcome {
  group: string;
  reached: number;
  realisedConversions: number;
  expectedConversions: number;
  cost: number;
  /** Selection rate / overall selection rate (null when no one is reached). */
  representationRatio: number | null;
  verdict: 'excluded' | 'within' | 'over-targeted' | 'too-small' | 'not-comparable';
}

/** People of a group at or above `t` (binary search over the sorted scores). */
function takenAt(scores: Float32Array, t: number): number {
  let lo = 0;
  let hi = scores.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((scores[mid] as number) >= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Everyone at or above their group's threshold is reached (the budget is shown, not enforced, so
 * the effect of a threshold is plain). Verdicts read the representation ratio against the band.
 */
export function thresholdOutcome(data: ThresholdData, thresholds: readonly number[]) {
  const taken = data.groups.map((g, k) => takenAt(g.scores, thresholds[k] ?? Infinity));
  const reached = taken.reduce((a, n) => a + n, 0);
  const overall = reached / data.population;
  const groups = data.groups.map((g, k): ThresholdGroupOutcome => {
    const n = taken[k] as number;
    const at = (xs: Float64Array) => (n > 0 ? (xs[n - 1] as number) : 0);
    const rr = overall > 0 && g.people > 0 ? n / g.people / overall : null;
    let verdict: ThresholdGroupOutcome['verdict'] = 'within';
    if (g.people < data.minGroupSize) verdict = 'too-small';
    else if (rr === null) verdict = 'not-comparable';
    else if (rr < data.band.low) verdict = 'excluded';
    else if (rr > data.band.high) verdict = 'over-targeted';
    return { group: g.group, reached: n, realisedConversions: at(g.converts), expectedConversions: at(g.expected), cost: at(g.cost), representationRatio: rr, verdict };
  });
  const sum = (f: (g: ThresholdGroupOutcome) => number) => groups.reduce((a, g) => a + f(g), 0);
  return { reached, realisedConversions: sum((g) => g.realisedConversions), expectedConversions: sum((g) => g.expectedConversions), cost: sum((g) => g.cost), groups };
}
