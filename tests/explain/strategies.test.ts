/**
 * Each one-click threshold strategy selects exactly the people the fairness wrapper with the same
 * constraint selects on the same scenario (and `single` exactly the base policy's own selection);
 * equal precision, which has no wrapper, is checked by its defining property. A kept set of
 * thresholds (the `thresholds` constraint) selects the people at or above them.
 */
import { describe, expect, it } from 'vitest';
import { explainSession } from '../../src/core/explain/session';
import { applyStrategy } from '../../src/core/explain/apply-strategy';
import { probKey, scoreKey, selectedKey } from '../../src/core/engine/store-keys';
import type { ExplainSession } from '../../src/core/explain/session';
import { defaultScenario } from '../engine/fixtures';
import { storeKey } from '../../src/core/engine/chunk-store';
import type { StoreKey } from '../../src/core/engine/chunk-store';

function masks(session: ExplainSession, key: StoreKey<Uint8Array>): Uint8Array[] {
  return session.states.map((s) => s.store.get(key) as Uint8Array);
}

function scenarioWith(budget: Record<string, unknown>) {
  const base = defaultScenario(40_000);
  return defaultScenario(40_000, {
    campaign: { ...base.campaign, budget },
    claims: [],
    policies: [
      { id: 'propensity', type: 'propensity' },
      { id: 'parity', type: 'fairness', base: 'propensity', constraint: 'demographic-parity', attribute: 'age' },
      { id: 'eo', type: 'fairness', base: 'propensity', constraint: 'equal-opportunity', attribute: 'age' },
    ],
  });
}

describe.each([
  ['a reach budget', { kind: 'reach', people: 4000 }],
  ['a spend budget', { kind: 'spend', amount: 9000 }],
])('threshold strategies under %s', (_, budget) => {
  it('single, demographic parity and equal opportunity select the same people as the base policy and the wrappers', async () => {
    const session = await explainSession(scenarioWith(budget));
    const base = { id: 'propensity', ...session.scored.get('propensity')! };
    const pairs = [
      ['single', selectedKey('propensity')],
      ['demographic-parity', selectedKey('parity')],
      ['equal-opportunity', selectedKey('eo')],
    ] as const;
    for (const [strategy, wrapperKey] of pairs) {
      const out = await applyStrategy(session.runner, session.scenario, base, 'age', strategy, storeKey('strategy:test'));
      const mine = masks(session, storeKey('strategy:test'));
      const theirs = masks(session, wrapperKey);
      let selected = 0;
      mine.forEach((m, c) => {
        expect(Buffer.from(m).equals(Buffer.from(theirs[c]!)), `${strategy}, chunk ${c}`).toBe(true);
        selected += m.reduce((a, v) => a + v, 0);
      });
      expect(out.reached).toBe(selected);
    }
  }, 60_000);

  it('equal precision gives every group about the same mean predicted probability among those selected', async () => {
    const session = await explainSession(scenarioWith(budget));
    const base = { id: 'propensity', ...session.scored.get('propensity')! };
    await applyStrategy(session.runner, session.scenario, base, 'age', 'equal-precision', storeKey('strategy:precision'));
    const attr = session.scenario.population.attributes.find((a) => a.id === 'age')!;
    const groups = attr.type === 'categorical' ? attr.categories.length : 0;
    const n = new Array<number>(groups).fill(0);
    const p = new Array<number>(groups).fill(0);
    for (const s of session.states) {
      const sel = s.store.get(storeKey<Uint8Array>('strategy:precision')) as Uint8Array;
      const prob = s.store.get(probKey('propensity')) as Float32Array;
      const codes = s.chunk!.codes['age']!;
      for (let i = 0; i < sel.length; i++)
        if (sel[i]) {
          n[codes[i]!]!++;
          p[codes[i]!]! += prob[i]!;
        }
    }
    const precision = n.map((x, g) => (x > 0 ? p[g]! / x : null)).filter((x): x is number => x !== null);
    expect(precision.length).toBeGreaterThan(1);
    // Histogram interpolation and whole-person rounding: within 1% of the common level.
    const mean = precision.reduce((a, x) => a + x, 0) / precision.length;
    for (const x of precision) expect(Math.abs(x - mean) / mean).toBeLessThan(0.01);
  }, 60_000);
});

describe('kept thresholds (the thresholds constraint)', () => {
  it('selects exactly the candidates at or above their group threshold when that fits the budget', async () => {
    const probe = await explainSession(scenarioWith({ kind: 'reach', people: 4000 }));
    const parity = probe.outcomes.find((o) => o.id === 'parity')!;
    const thresholds = Object.fromEntries((parity.thresholds ?? []).map((t) => [t.group as string, t.score]));
    const base = scenarioWith({ kind: 'reach', people: 4000 });
    const kept = defaultScenario(40_000, {
      campaign: base.campaign,
      claims: [],
      policies: [
        { id: 'propensity', type: 'propensity' },
        { id: 'parity', type: 'fairness', base: 'propensity', constraint: 'demographic-parity', attribute: 'age' },
        { id: 'kept', type: 'fairness', base: 'propensity', constraint: 'thresholds', attribute: 'age', thresholds },
      ],
    });
    const session = await explainSession(kept);
    let selected = 0;
    for (const s of session.states) {
      const score = s.store.get(scoreKey('kept')) as Float32Array;
      const sel = s.store.get(selectedKey('kept')) as Uint8Array;
      const codes = s.chunk!.codes['age']!;
      const attr = session.scenario.population.attributes.find((a) => a.id === 'age')!;
      for (let i = 0; i < sel.length; i++) {
        const group = attr.type === 'categorical' ? attr.categories[codes[i]!]!.id : '';
        const t = thresholds[group] ?? Infinity;
        expect(sel[i], `person ${s.chunk!.start + i}`).toBe(score[i]! >= t ? 1 : 0);
        selected += sel[i]!;
      }
    }
    // Parity's own cut, kept: at least the same number of people (ties at a cut are all taken).
    expect(selected).toBeGreaterThanOrEqual(parity.reached);
  }, 60_000);
});
