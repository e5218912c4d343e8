import { describe, expect, it } from 'vitest';
import { selectedKey } from '../../src/core/engine/store-keys';
import { runPolicies } from '../../src/core/policies/run';
import type { PolicyStep } from '../../src/core/policies/run';
import { gender, generated, scenario } from './fixtures';

const s = scenario(40_000, [gender], {
  behaviour: { conversion: { base: 0.05, effects: { gender: { m: 0.4 } } }, consent: { base: 0.6 } },
  policies: [
    { id: 'random', type: 'random' },
    { id: 'parity', type: 'fairness', base: 'propensity', constraint: 'demographic-parity', attribute: 'gender' },
    { id: 'propensity', type: 'propensity', label: 'Propensity' },
  ],
});

describe('runPolicies', () => {
  it('runPolicies returns outcomes in scenario order, scoring a fairness base before its wrapper, and shares its model', async () => {
    const runner = await generated(s);
    const out = await runPolicies(runner, s);
    expect(out.map((o) => [o.id, o.type, o.label])).toEqual([
      ['random', 'random', 'random'],
      ['parity', 'fairness', 'parity'],
      ['propensity', 'propensity', 'Propensity'],
    ]);
    expect(out[1]?.model).toEqual(out[2]?.model);
    expect(out[2]?.model?.target).toBe('conversion');
    // Personalised policies pick only among those who consented; random among all eligible.
    expect(out[0]?.candidates).toBe(40_000);
    expect(out[2]?.candidates).toBeLessThan(30_000);
    for (const o of out) expect(o.reached).toBe(4_000);
    for (const id of ['parity', 'propensity']) {
      let withoutConsent = 0;
      for (const st of runner.states) {
        const sel = st.store.get(selectedKey(id)) as Uint8Array;
        sel.forEach((x, i) => (withoutConsent += x && !st.chunk?.consent[i] ? 1 : 0));
      }
      expect(withoutConsent).toBe(0);
    }
  });

  it('runPolicies reports stages in order with fractions rising to 1', async () => {
    const runner = await generated(s);
    const seen: [PolicyStep, number][] = [];
    await runPolicies(runner, s, { onProgress: (step, f) => seen.push([step, f]) });
    expect(seen.map(([step]) => step)).toEqual([
      { stage: 'eligibility' },
      { stage: 'history' },
      { stage: 'policy', policy: 'random' },
      { stage: 'policy', policy: 'propensity' },
      { stage: 'policy', policy: 'parity' },
      { stage: 'done' },
    ]);
    for (let i = 1; i < seen.length; i++) expect((seen[i]?.[1] as number) > (seen[i - 1]?.[1] as number)).toBe(true);
    expect(seen.at(-1)?.[1]).toBe(1);
  });

  it('runPolicies rejects with an AbortError when the signal aborts mid-run', async () => {
    const runner = await generated(s);
    const controller = new AbortController();
    const run = runPolicies(runner, s, {
      signal: controller.signal,
      onProgress: (step) => {
        if (step.stage === 'policy' && step.policy === 'propensity') controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
  });
});
