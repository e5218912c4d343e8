/**
 * Explanations of every person of every learned policy: intercept + contributions equal the logit
 * the engine scored (to 1e-12), and every counterfactual, re-scored, lands on the other side of
 * the person's cut — checked here against the cut directly, not through the counterfactual code.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { explainSession } from '../../src/core/explain/session';
import type { ExplainSession } from '../../src/core/explain/session';
import { contributions, logitOf } from '../../src/core/explain/contributions';
import { explainPerson } from '../../src/core/explain/explain-person';
import { personRecord } from '../../src/core/explain/person';
import { rescore } from '../../src/core/explain/rescore';
import { linearPredictor } from '../../src/core/models/linear-predictor';
import { defaultScenario } from '../engine/fixtures';
import { probKey } from '../../src/core/engine/store-keys';

let session: ExplainSession;
const SIZE = 6000;

beforeAll(async () => {
  session = await explainSession(defaultScenario(SIZE));
}, 60_000);

describe('contributions', () => {
  it('intercept + Σ contributions equals the engine logit for every person of every learned policy (1e-12)', () => {
    const learned = ['propensity', 'lookalike', 'delivery'];
    for (const id of learned) {
      const fit = session.scored.get(id)?.fit;
      expect(fit, id).toBeDefined();
      for (const state of session.states) {
        const eta = linearPredictor(fit!.spec, fit!.coefficients, fit!.intercept, state.chunk!);
        for (let i = 0; i < state.chunk!.size; i++) {
          const person = personRecord(session.scenario, session.states, state.chunk!.start + i);
          const logit = logitOf(fit!, contributions(fit!, person));
          expect(Math.abs(logit - (eta[i] as number))).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(logit)));
        }
      }
    }
  });

  it('the re-scored probability is the one the engine stored for the person', () => {
    const fit = session.scored.get('propensity')!.fit!;
    const prob = session.states[0]!.store.get(probKey('propensity')) as Float32Array;
    for (let id = 0; id < 200; id++) {
      const person = personRecord(session.scenario, session.states, id);
      expect(rescore(fit, person, person.price).prob).toBe(prob[id]);
    }
  });
});

describe('counterfactuals', () => {
  it('every counterfactual of every candidate flips the decision when re-scored against the cut', () => {
    let checked = 0;
    let withOne = 0;
    for (const policy of ['propensity', 'delivery', 'delivery-parity']) {
      for (let id = 0; id < 600; id++) {
        const e = explainPerson(session, policy, id);
        if (!e.candidate) continue;
        if (e.counterfactuals.length > 0) withOne++;
        const fit = session.scored.get(policy === 'delivery-parity' ? 'delivery' : policy)!.fit!;
        for (const c of e.counterfactuals) {
          const edited =
            c.kind === 'numeric'
              ? { ...e.person, observed: { ...e.person.observed, [c.attribute]: c.to as number } }
              : { ...e.person, codes: { ...e.person.codes, [c.attribute]: categoryCode(c.attribute, c.to as string) } };
          const score = rescore(fit, edited, e.person.price).score;
          const cut = cutOf(policy, edited.codes);
          expect(cut).not.toBeNull();
          if (e.selected) expect(score).toBeLessThan(cut!);
          else expect(score).toBeGreaterThan(cut!);
          checked++;
        }
        // Nearest first.
        for (let k = 1; k < e.counterfactuals.length; k++)
          expect(e.counterfactuals[k]!.distance).toBeGreaterThanOrEqual(e.counterfactuals[k - 1]!.distance);
      }
    }
    expect(checked).toBeGreaterThan(500);
    expect(withOne).toBeGreaterThan(500);
  });

  it('a person without consent is not a candidate of a personalised policy, and says why', () => {
    const id = Array.from({ length: SIZE }, (_, i) => i).find((i) => !personRecord(session.scenario, session.states, i).consent)!;
    const e = explainPerson(session, 'propensity', id);
    expect(e.candidate).toBe(false);
    expect(e.reason).toMatch(/consent/);
    expect(e.counterfactuals).toEqual([]);
  });

  it('observation noise is observed − true for every numeric feature', () => {
    const e = explainPerson(session, 'propensity', 3);
    expect(e.noise['income']).toBeCloseTo(e.person.observed['income']! - e.person.values['income']!, 12);
  });
});

function categoryCode(attribute: string, category: string): number {
  const a = session.scenario.population.attributes.find((x) => x.id === attribute)!;
  return a.type === 'categorical' ? a.categories.findIndex((c) => c.id === category) : -1;
}

function cutOf(policyId: string, codes: Record<string, number>): number | null {
  const outcome = session.outcomes.find((o) => o.id === policyId)!;
  const policy = session.scenario.policies.find((p) => p.id === policyId)!;
  const thresholds = outcome.thresholds ?? [];
  if (policy.type !== 'fairness') return thresholds.find((t) => t.group === null)?.score ?? null;
  const a = session.scenario.population.attributes.find((x) => x.id === policy.attribute)!;
  const group = a.type === 'categorical' ? a.categories[codes[policy.attribute]!]!.id : '';
  return thresholds.find((t) => t.group === group)?.score ?? null;
}
