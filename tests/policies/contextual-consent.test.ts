/**
 * Consent per data use: `withoutConsent: { use: "contextual", context: ["device"] }` keeps a
 * personalised policy personalised for those who consented and reaches the others by context
 * alone — each scores the mean prediction of the consenting candidates on the same device.
 */
import { describe, expect, it } from 'vitest';
import { LocalRunner } from '../../src/core/engine/local-runner';
import { runScenario } from '../../src/core/engine/run';
import { ELIGIBLE, scoreKey, selectedKey } from '../../src/core/engine/store-keys';
import { resultsToJson } from '../../src/core/results';
import { mustParseScenario, parseScenario } from '../../src/core/scenario';
import type { ScenarioInput } from '../../src/core/scenario';
import { SplitRunner } from './fixtures';

const doc = (withoutConsent?: { use: 'contextual'; context: string[] }): ScenarioInput => ({
  format: 'fairground.scenario',
  version: 1,
  name: 'contextual consent',
  seed: 'consent-uses',
  population: {
    size: 40_000,
    attributes: [
      { id: 'gender', type: 'categorical', protected: true, categories: [{ id: 'f' }, { id: 'm' }], weights: [1, 1] },
      { id: 'device', type: 'categorical', categories: [{ id: 'ios' }, { id: 'android' }, { id: 'desktop' }], weights: [2, 2, 1] },
      { id: 'interest', type: 'categorical', categories: [{ id: 'yes' }, { id: 'no' }], weights: [1, 2] },
    ],
  },
  behaviour: {
    conversion: { base: 0.05, effects: { interest: { yes: 1.2 }, device: { desktop: 0.5 } } },
    consent: { base: 0.7, effects: { device: { desktop: -1 }, gender: { f: -0.4 } } },
  },
  history: { size: 15_000 },
  campaign: { budget: { kind: 'reach', people: 12_000 }, eligibility: { exclude: [{ attribute: 'device', in: ['ios'] }] } },
  policies: [{ id: 'propensity', type: 'propensity', features: ['device', 'interest'], ...(withoutConsent ? { withoutConsent } : {}) }],
  audit: { attributes: ['gender'] },
});

describe('withoutConsent: contextual', async () => {
  const plain = mustParseScenario(doc());
  const contextual = mustParseScenario(doc({ use: 'contextual', context: ['device'] }));
  const a = new LocalRunner(plain);
  const b = new LocalRunner(contextual);
  const ra = (await runScenario(plain, a)).results;
  const rb = (await runScenario(contextual, b)).results;

  it('without it, nobody who refused consent is a candidate or reached', () => {
    for (const st of a.states) {
      const selected = st.store.get(selectedKey('propensity')) as Uint8Array;
      const score = st.store.get(scoreKey('propensity')) as Float32Array;
      for (let i = 0; i < selected.length; i++) if (st.chunk!.consent[i] === 0) expect([selected[i], Number.isNaN(score[i])]).toEqual([0, true]);
    }
  });

  it('with it, every eligible person is a candidate, and the model is trained on the same consenting people', () => {
    const eligible = b.states.reduce((n, st) => n + (st.store.get(ELIGIBLE) as Uint8Array).reduce((x, v) => x + v, 0), 0);
    expect(rb.policies[0]!.candidates).toBe(eligible);
    expect(rb.policies[0]!.candidates).toBeGreaterThan(ra.policies[0]!.candidates!);
    expect(rb.policies[0]!.model).toEqual(ra.policies[0]!.model);
  });

  it('scores the consenting exactly as before, and the others by the mean score of the consenting on their device', () => {
    const sums = [0, 0, 0];
    const counts = [0, 0, 0];
    let reachedWithout = 0;
    b.states.forEach((st, k) => {
      const before = a.states[k]!.store.get(scoreKey('propensity')) as Float32Array;
      const after = st.store.get(scoreKey('propensity')) as Float32Array;
      for (let i = 0; i < after.length; i++)
        if (st.chunk!.consent[i] === 1) {
          expect(after[i]).toBe(before[i]);
          if (after[i] === after[i]) {
            sums[st.chunk!.codes.device![i]!]! += after[i]!;
            counts[st.chunk!.codes.device![i]!]!++;
          }
        }
    });
    b.states.forEach((st) => {
      const after = st.store.get(scoreKey('propensity')) as Float32Array;
      const eligible = st.store.get(ELIGIBLE) as Uint8Array;
      const selected = st.store.get(selectedKey('propensity')) as Uint8Array;
      for (let i = 0; i < after.length; i++) {
        if (st.chunk!.consent[i] === 1 || eligible[i] !== 1) continue;
        const d = st.chunk!.codes.device![i]!;
        expect(after[i]).toBe(Math.fround(sums[d]! / counts[d]!));
        reachedWithout += selected[i]!;
      }
    });
    // Desktop converts more and its mean prediction is high: some people without consent are reached.
    expect(reachedWithout).toBeGreaterThan(0);
    expect(rb.policies[0]!.notes.some((n) => n.includes('scored by context (by device)'))).toBe(true);
  });

  it('gives the same results for any split of the chunks', async () => {
    const split = Object.assign(new SplitRunner(contextual, 2), { load: async () => false, mapOne: () => Promise.reject(new Error('not used')) });
    expect(resultsToJson((await runScenario(contextual, split)).results)).toBe(resultsToJson(rb));
  });

  it('refuses a numeric, unknown or (without useProtected) protected context', () => {
    const issues = (context: string[]) => {
      const r = parseScenario(doc({ use: 'contextual', context }));
      return r.ok ? [] : r.issues.map((x) => `${x.path}: ${x.message}`);
    };
    expect(issues(['gender'])).toEqual(['policies[0].withoutConsent.context[0]: "gender" is protected; set useProtected: true to target by it']);
    expect(issues(['nope'])).toEqual(['policies[0].withoutConsent.context[0]: unknown attribute "nope"']);
    expect(issues([])).toEqual([]);
  });
});

describe('explaining a person reached by context', () => {
  it('shows no model contributions or counterfactuals from their own data, and says they were scored by context', async () => {
    const { explainSession } = await import('../../src/core/explain/session');
    const { explainPerson } = await import('../../src/core/explain/explain-person');
    const session = await explainSession(mustParseScenario(doc({ use: 'contextual', context: ['device'] })));
    const state = session.states.find((st) => st.chunk!.consent.includes(0))!;
    const eligible = state.store.get(ELIGIBLE) as Uint8Array;
    const i = [...state.chunk!.consent].findIndex((c, k) => c === 0 && eligible[k] === 1);
    const e = explainPerson(session, 'propensity', state.chunk!.start + i);
    expect(e.candidate).toBe(true);
    expect(e.model).toBeUndefined();
    expect(e.counterfactuals).toEqual([]);
    expect(e.reason.startsWith('Did not consent to personal-data targeting: scored by context only.')).toBe(true);
  });
});
