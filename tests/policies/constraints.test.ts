/**
 * The fairness constraints on a base whose scores are skewed on purpose: the base "model" predicts
 * each person's true click probability (men click more), and scores it per unit price (women cost
 * more). Non-binary people consent less, so they have fewer candidates.
 */
import { describe, expect, it } from 'vitest';
import { ELIGIBLE, probKey, scoreKey, selectedKey } from '../../src/core/engine/store-keys';
import type { LocalRunner } from '../../src/core/engine/local-runner';
import type { PolicyContext } from '../../src/core/policies/context';
import { resolveBudget } from '../../src/core/policies/budget';
import { runFairness } from '../../src/core/policies/fairness';
import { mixDistance } from '../../src/core/policies/quotas';
import { selectForPolicy } from '../../src/core/policies/select';
import type { FairnessPolicy, Scenario } from '../../src/core/scenario';
import { gender, generated, groupCounts, scenario } from './fixtures';
import { eligibility } from '../../src/core/policies/eligibility';
import { policyScores } from '../../src/core/policies/candidate-scores';

const PROB = probKey('base');

function skewed(budget: Scenario['campaign']['budget'] = { kind: 'reach', people: 10_000 }, size = 100_000): Scenario {
  return scenario(size, [gender], {
    behaviour: {
      conversion: { base: 0.05 },
      click: { base: 0.05, effects: { gender: { m: 1.0, x: -0.5 } } },
      price: { base: 2, multipliers: { gender: { f: 1.5 } }, noise: 0.3 },
      consent: { base: 0.8, effects: { gender: { x: -1.5 } } },
    },
    campaign: { budget },
  });
}

async function withBase(s: Scenario): Promise<{ runner: LocalRunner; ctx: PolicyContext; base: { reached: number; spend: number } }> {
  const runner = await generated(s);
  const eligible = (await runner.map(eligibility, {})).reduce((sum, p) => sum + p.eligible, 0);
  for (const st of runner.states) st.store.set(PROB, Float32Array.from(st.chunk?.clickProb ?? []));
  const ctx: PolicyContext = { runner, scenario: s, budget: resolveBudget(s.campaign.budget, eligible), scored: new Map() };
  const parts = await runner.map(policyScores, {
    policyId: 'base',
    source: { kind: 'model', probKey: PROB, perPrice: true },
    requireConsent: true,
  });
  ctx.scored.set('base', { scoreKey: scoreKey('base'), probKey: PROB, candidates: parts.reduce((a, p) => a + p.candidates, 0), notes: [] });
  const sel = await selectForPolicy(ctx, 'base', scoreKey('base'));
  return { runner, ctx, base: { reached: sel.selected, spend: sel.spend } };
}

function wrapper(constraint: FairnessPolicy['constraint'], extra: Partial<FairnessPolicy> = {}): FairnessPolicy {
  return { id: 'fair', type: 'fairness', base: 'base', constraint, attribute: 'gender', floor: 0.8, tolerance: 0.02, ...extra };
}

/** Σ p̂ over the selected / Σ p̂ over candidates, per group. */
function estimatedTpr(runner: LocalRunner, policyId: string): number[] {
  const num = [0, 0, 0];
  const den = [0, 0, 0];
  for (const st of runner.states) {
    const codes = st.chunk?.codes.gender as Uint8Array;
    const p = st.store.get(PROB) as Float32Array;
    const score = st.store.get(scoreKey('base')) as Float32Array;
    const sel = st.store.get(selectedKey(policyId)) as Uint8Array;
    for (let i = 0; i < codes.length; i++) {
      if (score[i] !== score[i]) continue;
      const g = codes[i] as number;
      den[g] = (den[g] as number) + (p[i] as number);
      if (sel[i]) num[g] = (num[g] as number) + (p[i] as number);
    }
  }
  return num.map((x, g) => x / (den[g] as number));
}

describe('fairness constraints', () => {
  it('the skewed base under-reaches women (sanity check of the fixture)', async () => {
    const { runner } = await withBase(skewed());
    const c = groupCounts(runner.states, 'base', 'gender', 3);
    expect((c.selected[0] as number) / (c.eligible[0] as number)).toBeLessThan(0.5 * ((c.selected[1] as number) / (c.eligible[1] as number)));
  });

  it('demographic-parity selects the budget with every group within one person of its proportional quota', async () => {
    const { runner, ctx, base } = await withBase(skewed());
    const out = await runFairness(ctx, wrapper('demographic-parity'), base);
    expect(out.reached).toBe(10_000);
    const c = groupCounts(runner.states, 'fair', 'gender', 3);
    const E = c.eligible.reduce((a, x) => a + x, 0);
    c.selected.forEach((r, g) => expect(Math.abs(r - (10_000 * (c.eligible[g] as number)) / E)).toBeLessThan(1));
    expect(out.thresholds?.map((t) => t.group)).toEqual(['f', 'm', 'x']);
  });

  it('demographic-parity gives a group without enough candidates all it has and shares the rest out', async () => {
    // Budget 60% of the population: the non-binary group (few consent) cannot fill 60% of its eligible.
    const { runner, ctx, base } = await withBase(skewed({ kind: 'reach', people: 60_000 }));
    const out = await runFairness(ctx, wrapper('demographic-parity'), base);
    const c = groupCounts(runner.states, 'fair', 'gender', 3);
    expect(out.reached).toBe(60_000);
    expect(c.selected[2]).toBe(c.candidates[2]);
    expect(out.notes.some((n) => n.includes('"x"'))).toBe(true);
    // Women and men share the rest in proportion to their eligible populations (within rounding).
    const rest = 60_000 - (c.selected[2] as number);
    const fm = (c.eligible[0] as number) + (c.eligible[1] as number);
    expect(Math.abs((c.selected[0] as number) - (rest * (c.eligible[0] as number)) / fm)).toBeLessThan(1);
  });

  it('equal-opportunity equalises the estimated TPR across groups within 0.005 and selects the budget', async () => {
    const { runner, ctx, base } = await withBase(skewed());
    const out = await runFairness(ctx, wrapper('equal-opportunity'), base);
    expect(out.reached).toBe(10_000);
    const tpr = estimatedTpr(runner, 'fair');
    expect(Math.max(...tpr) - Math.min(...tpr)).toBeLessThan(0.005);
    // The base alone is far from equal: the check above is not vacuous.
    const baseTpr = estimatedTpr(runner, 'base');
    expect(Math.max(...baseTpr) - Math.min(...baseTpr)).toBeGreaterThan(0.05);
  });

  it('min-representation gives every group at least floor × its proportional share', async () => {
    const { runner, ctx, base } = await withBase(skewed());
    const out = await runFairness(ctx, wrapper('min-representation', { floor: 0.9 }), base);
    expect(out.reached).toBe(10_000);
    const c = groupCounts(runner.states, 'fair', 'gender', 3);
    const E = c.eligible.reduce((a, x) => a + x, 0);
    c.selected.forEach((r, g) =>
      expect(r >= Math.min(c.candidates[g] as number, (0.9 * 10_000 * (c.eligible[g] as number)) / E)).toBe(true),
    );
    // Women are below 0.9 of their share under the base, so the floor binds for them.
    expect(Math.abs((c.selected[0] as number) - Math.ceil((0.9 * 10_000 * (c.eligible[0] as number)) / E))).toBeLessThanOrEqual(0);
  });

  it('variance-reduction brings the mix within its tolerance and reports a higher cost per reach than the base', async () => {
    const { runner, ctx, base } = await withBase(skewed());
    const out = await runFairness(ctx, wrapper('variance-reduction', { tolerance: 0.02 }), base);
    expect(out.reached).toBe(10_000);
    const c = groupCounts(runner.states, 'fair', 'gender', 3);
    expect(mixDistance(c.selected, c.eligible)).toBeLessThanOrEqual(0.02);
    const baseCounts = groupCounts(runner.states, 'base', 'gender', 3);
    expect(mixDistance(baseCounts.selected, baseCounts.eligible)).toBeGreaterThan(0.1);
    expect(out.addedCost?.costPerReach).toBeGreaterThan(out.addedCost?.baseCostPerReach as number);
    expect(out.pacing?.f).toBeGreaterThan(1);
  });

  it('demographic-parity under a spend budget spends within a few prices of it and equalises selection rates within 2%', async () => {
    const { runner, ctx, base } = await withBase(skewed({ kind: 'spend', amount: 30_000 }));
    const out = await runFairness(ctx, wrapper('demographic-parity'), base);
    // Per-group greedy selection: each group stops within one price of its money (prices ≈ 2–3 × noise).
    expect(out.spend).toBeLessThanOrEqual(30_000);
    expect(out.spend).toBeGreaterThan(30_000 - 3 * 20);
    const c = groupCounts(runner.states, 'fair', 'gender', 3);
    const rates = c.selected.map((r, g) => r / (c.eligible[g] as number));
    expect(Math.abs((rates[0] as number) - (rates[1] as number)) / (rates[1] as number)).toBeLessThan(0.02);
    expect(runner.states[0]?.store.get(ELIGIBLE)).toBeInstanceOf(Uint8Array);
  });

  it('variance-reduction that cannot reach its tolerance falls back to exact quotas and says so', async () => {
    // 60% of everyone: the non-binary group has too few consenting candidates to match its share.
    const { runner, ctx, base } = await withBase(skewed({ kind: 'reach', people: 24_000 }, 40_000));
    const out = await runFairness(ctx, wrapper('variance-reduction', { tolerance: 0.001 }), base);
    expect(out.notes[0]).toMatch(/did not reach the tolerance 0.001 in 30 rounds .*fell back to exact quotas/);
    const c = groupCounts(runner.states, 'fair', 'gender', 3);
    expect(out.reached).toBe(24_000);
    expect(c.selected[2]).toBe(c.candidates[2]);
    expect(out.pacing).toBeUndefined();
  });
});
