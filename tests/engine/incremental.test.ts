/**
 * Incremental runs (policies/run-cache.ts): a runner that keeps its people also keeps what an
 * edit does not touch. Whatever the sequence of edits, each run's results.json must equal a cold
 * run of the same scenario on a fresh runner, byte for byte.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LocalRunner } from '../../src/core/engine/local-runner';
import { runScenario } from '../../src/core/engine/run';
import type { ChunkTask } from '../../src/core/engine/chunk-task';
import { resultsToJson } from '../../src/core/results/json';
import { mustParseScenario } from '../../src/core/scenario';
import type { Scenario } from '../../src/core/scenario';

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const DEFAULT = JSON.parse(readFileSync(new URL('../../scenarios/default.json', import.meta.url), 'utf8')) as Doc;

/** The default scenario at 40,000 people (two chunks), history and budget scaled with it. */
function baseDoc(): Doc {
  const doc = structuredClone(DEFAULT);
  doc.population.size = 40_000;
  doc.history.size = 8_000;
  doc.campaign.budget = { kind: 'reach', people: 4_000 };
  // Claims name policies; the edits below remove one.
  delete doc.claims;
  return doc;
}

/** A runner that counts the tasks it runs. */
class CountingRunner extends LocalRunner {
  readonly calls = new Map<string, number>();
  override async map<Args, Result>(task: ChunkTask<Args, Result, unknown>, args: Args): Promise<Result[]> {
    this.calls.set(task.name, (this.calls.get(task.name) ?? 0) + 1);
    return super.map(task, args);
  }
}

const policy = (doc: Doc, id: string) => (doc.policies as Doc[]).find((p) => p.id === id) as Doc;

/** Edits a user can make, each as a change to the scenario document. */
const EDITS: Record<string, (doc: Doc, n: number) => void> = {
  budget: (doc, n) => (doc.campaign.budget = { kind: 'reach', people: 2_000 + 500 * n }),
  spend: (doc, n) => (doc.campaign.budget = { kind: 'spend', amount: 3_000 + 1_000 * n }),
  // A share of the eligible: its number of people follows an eligibility edit (issue 12).
  share: (doc, n) => (doc.campaign.budget = { kind: 'reach', share: 0.05 + 0.05 * (n % 3) }),
  eligibility: (doc, n) => (doc.campaign.eligibility = n % 2 ? { exclude: [{ attribute: 'age', in: ['55+'] }] } : {}),
  propensityL2: (doc, n) => (policy(doc, 'propensity').l2 = [0.5, 1, 4, 20][n % 4]),
  deliveryObjective: (doc, n) => (policy(doc, 'delivery').objective = n % 2 ? 'conversion' : 'click'),
  parityAttribute: (doc, n) => (policy(doc, 'delivery-parity').attribute = ['gender', 'age', 'ethnicity'][n % 3]),
  label: (doc, n) => (policy(doc, 'rules').label = `Rules, take ${n}`),
  dropLookalike: (doc) => (doc.policies = (doc.policies as Doc[]).filter((p) => p.id !== 'lookalike')),
  restoreLookalike: (doc) => {
    if (!(doc.policies as Doc[]).some((p) => p.id === 'lookalike')) (doc.policies as Doc[]).splice(3, 0, policy(DEFAULT, 'lookalike'));
  },
  audit: (doc, n) => (doc.audit.minGroupSize = 20 + 15 * n),
  history: (doc, n) => (doc.history.size = 6_000 + 1_000 * n),
  labelBias: (doc, n) => (doc.history.labelBias.ethnicity.b = 0.5 + 0.1 * n),
  population: (doc, n) => (doc.population.attributes[0].weights[0] = 50 + n),
  // Issue 14: a kept set of thresholds (the `thresholds` constraint), moved.
  keptThresholds: (doc, n) => {
    doc.policies = (doc.policies as Doc[]).filter((p) => p.id !== 'kept');
    (doc.policies as Doc[]).push({ id: 'kept', type: 'fairness', base: 'propensity', constraint: 'thresholds', attribute: 'gender', thresholds: { f: 0.04 + 0.01 * n, m: 0.06 } });
  },
  // Issue 15: an inferred attribute (audited by default), and an interaction term.
  inferred: (doc, n) => {
    if (n % 3 === 2) delete doc.derived;
    else doc.derived = [{ kind: 'inferred', id: 'ethnicityEst', of: 'ethnicity', from: ['neighbourhood'], assign: n % 3 ? 'sample' : 'map' }];
  },
  interaction: (doc, n) => (doc.behaviour.conversion.interactions = [{ when: { gender: ['f'], age: ['25-34'] }, effect: 0.2 * n }]),
};

const cold = async (s: Scenario) => resultsToJson((await runScenario(s, new LocalRunner(s))).results);

describe('incremental runs', () => {
  it('any sequence of edits gives, at every step, the results of a cold run of that scenario — property', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.constantFrom(...Object.keys(EDITS)), fc.nat(3)), { minLength: 1, maxLength: 4 }),
        async (edits) => {
          let doc = baseDoc();
          const first = mustParseScenario(doc);
          const runner = new LocalRunner(first);
          await runScenario(first, runner);
          for (const [name, n] of edits) {
            doc = structuredClone(doc);
            EDITS[name]!(doc, n);
            const s = mustParseScenario(doc);
            const warm = resultsToJson((await runScenario(s, runner)).results);
            expect(warm, `after ${edits.map((e) => e.join(' ')).join(', ')}`).toBe(await cold(s));
          }
        },
      ),
      { numRuns: 15 },
    );
  }, 240_000);

  it('an edit to one policy re-runs that policy only; a budget edit refits nothing; an audit-only edit re-runs no policy; a history edit re-runs all but the generation', async () => {
    const doc = baseDoc();
    const runner = new CountingRunner(mustParseScenario(doc));
    await runScenario(mustParseScenario(doc), runner);
    const rerun = async (edit: (d: Doc) => void) => {
      edit(doc);
      runner.calls.clear();
      await runScenario(mustParseScenario(doc), runner);
      return (task: string) => runner.calls.get(task) ?? 0;
    };
    // Propensity is one of three models: only its fit runs (one modelPrepare round).
    let calls = await rerun((d) => (policy(d, 'propensity').l2 = 3));
    expect([calls('generate'), calls('eligibility'), calls('historyRuleScore'), calls('modelPrepare'), calls('scoreModel')]).toEqual([0, 0, 0, 1, 1]);
    // A budget edit selects again from the kept scores; only the fairness policy scores anew.
    calls = await rerun((d) => (d.campaign.budget = { kind: 'reach', people: 3_000 }));
    expect([calls('eligibility'), calls('modelPrepare'), calls('scoreModel'), calls('policyScores'), calls('selectionApply')]).toEqual([0, 0, 0, 0, 6]);
    calls = await rerun((d) => (d.audit.minGroupSize = 70));
    expect([calls('policyScores'), calls('modelPrepare'), calls('selectionApply'), calls('auditCounts')]).toEqual([0, 0, 0, 1]);
    calls = await rerun((d) => (d.history.size = 7_000));
    expect([calls('generate'), calls('eligibility'), calls('modelPrepare'), calls('scoreModel')]).toEqual([0, 1, 3, 3]);
  }, 120_000);
});
