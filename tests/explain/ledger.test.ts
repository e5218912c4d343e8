/**
 * The data-minimisation ledger: one variant per feature the model uses (that feature dropped) and
 * one for the consent rule; rows against the scenario as it is; a cancelled run stops it. And the
 * `thresholds` constraint's validation.
 */
import { describe, expect, it } from 'vitest';
import { LocalRunner } from '../../src/core/engine/local-runner';
import { abortError } from '../../src/core/engine/chunk-state';
import { runScenario } from '../../src/core/engine/run';
import { ledgerFeatures, ledgerVariants, runLedger } from '../../src/core/explain/ledger';
import { parseScenario } from '../../src/core/scenario';
import type { Scenario } from '../../src/core/scenario';
import { defaultScenario } from '../engine/fixtures';

const run = async (s: Scenario) => (await runScenario(s, new LocalRunner(s), { replicates: 1 })).results;

describe('ledger', () => {
  it('has one variant per feature (dropped from the wrapped base of a fairness policy) and one for consent', () => {
    const s = defaultScenario(4000);
    const features = ledgerFeatures(s, 'delivery-parity');
    const variants = ledgerVariants(s, 'delivery-parity');
    expect(variants.map((v) => v.key)).toEqual([...features.map((f) => `drop:${f}`), 'consent:everyone']);
    for (const [k, f] of features.entries()) {
      const delivery = variants[k]!.scenario.policies.find((p) => p.id === 'delivery') as { features: string[] };
      expect(delivery.features).toEqual(features.filter((x) => x !== f));
    }
    expect(variants.at(-1)!.scenario.behaviour.consent).toEqual({ base: 1, effects: {} });
    expect(() => ledgerVariants(s, 'random')).toThrow(/no learned model/);
  });

  it('compares each variant with the scenario as it is, which runs last', async () => {
    const s = defaultScenario(8000);
    const seen: string[] = [];
    const out = await runLedger(s, 'propensity', async (v) => {
      seen.push(v === s ? 'actual' : 'variant');
      return run(v);
    });
    expect(seen.at(-1)).toBe('actual');
    expect(out.rows).toHaveLength(ledgerFeatures(s, 'propensity').length + 1);
    const direct = (await run(ledgerVariants(s, 'propensity')[0]!.scenario)).policies.find((p) => p.id === 'propensity')!.totals;
    expect(out.rows[0]!.realisedConversions).toBe(direct.realisedConversions);
    expect(out.rows[0]!.delta.realisedConversions).toBe(direct.realisedConversions - out.actual.realisedConversions);
  }, 60_000);

  it('stops at a cancelled run', async () => {
    const s = defaultScenario(4000);
    let calls = 0;
    await expect(runLedger(s, 'propensity', async () => {
      calls++;
      throw abortError();
    })).rejects.toThrow(/cancelled/);
    expect(calls).toBe(1);
  });
});

describe('the thresholds constraint is validated', () => {
  const withPolicy = (policy: Record<string, unknown>) => {
    const s = defaultScenario(4000) as unknown as Record<string, unknown>;
    return parseScenario({ ...s, claims: [], policies: [{ id: 'propensity', type: 'propensity' }, { id: 'kept', type: 'fairness', base: 'propensity', attribute: 'gender', ...policy }] });
  };
  it('needs thresholds, naming categories of its attribute, and only with that constraint', () => {
    const messages = (r: ReturnType<typeof parseScenario>) => (r.ok ? [] : r.issues.map((i) => i.message));
    expect(withPolicy({ constraint: 'thresholds', thresholds: { f: 0.1, m: 0.2 } }).ok).toBe(true);
    expect(messages(withPolicy({ constraint: 'thresholds' }))).toEqual(['the thresholds constraint needs a threshold per group (category id → score)']);
    expect(messages(withPolicy({ constraint: 'thresholds', thresholds: { q: 0.1 } }))).toEqual(['"q" is not a category of "gender"']);
    expect(messages(withPolicy({ constraint: 'demographic-parity', thresholds: { f: 0.1 } }))).toEqual(['is only read by the thresholds constraint (this one is demographic-parity)']);
  });
});
