// @vitest-environment happy-dom
/**
 * Must show (issue 13): a new policy type from one new file (click-model.ts) plus one line in the
 * index. Here the index module is the real one with that line added (a vitest module mock: the
 * list and `clickModel` after it), so the type goes through the same code as the built-in ones:
 * validation (schema and references), the work estimate, the engine in-process, the results, and
 * the editor. new-policy-type-cli.test.ts builds the CLI with the line and runs it on 1 and 2
 * worker threads.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import defaultScenario from '../../scenarios/default.json';
import { LocalRunner } from '../../src/core/engine/local-runner';
import { runScenario } from '../../src/core/engine/run';
import { estimateWork, parseScenario } from '../../src/core/scenario';
import type { Scenario } from '../../src/core/scenario';
import '../../src/ui/editor/register';
import type { FgScenarioEditor, ScenarioInputDetail } from '../../src/ui/editor';
import { draftToText } from '../../src/ui/editor/draft';
import type * as TypesIndex from '../../src/core/policies/types/index';
import { policySentence } from '../../src/report/policy-words';
import { clickModel } from './click-model';

vi.mock('../../src/core/policies/types/index', async (importOriginal) => {
  const index = await importOriginal<typeof TypesIndex>();
  const { clickModel } = await import('./click-model');
  return { ...index, POLICY_DESCRIPTORS: [...index.POLICY_DESCRIPTORS, clickModel] };
});

type Doc = { population: { size: number }; policies: Record<string, unknown>[]; claims?: unknown };

function withPolicies(size: number, ...policies: Record<string, unknown>[]): Doc {
  const doc = structuredClone(defaultScenario) as unknown as Doc;
  doc.population.size = size;
  doc.policies.push(...policies);
  return doc;
}

function parsed(doc: Doc): Scenario {
  const r = parseScenario(doc);
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return r.scenario;
}

afterEach(() => document.body.replaceChildren());

describe('a new policy type from one file and one index line', () => {
  it('validates: its schema fills its own defaults, rejects unknown options, and its reference checks run', () => {
    const s = parsed(withPolicies(20_000, { id: 'clicks', type: 'click-model' }));
    expect(s.policies.at(-1)).toEqual({ id: 'clicks', type: 'click-model', useProtected: false, l2: 4 });
    const strict = parseScenario(withPolicies(20_000, { id: 'clicks', type: 'click-model', perPrice: true }));
    expect(strict.ok).toBe(false);
    const refs = parseScenario(withPolicies(20_000, { id: 'clicks', type: 'click-model', features: ['gender'] }));
    expect(refs.ok ? [] : refs.issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
      'policies[6].features[0]: "gender" is protected; set useProtected: true to let the model use it',
    ]);
    // A fairness constraint may wrap it: it is a learned scoring type.
    expect(parseScenario(withPolicies(20_000, { id: 'clicks', type: 'click-model' }, { id: 'fair', type: 'fairness', base: 'clicks', constraint: 'demographic-parity', attribute: 'gender' })).ok).toBe(true);
  });

  it('is counted in the work estimate as a model', () => {
    const only = withPolicies(20_000, { id: 'clicks', type: 'click-model' });
    only.policies = only.policies.filter((p) => p.type === 'random' || p.type === 'click-model');
    delete only.claims;
    // The default scenario's non-protected attributes one-hot, plus the intercept: as delivery's model.
    const asDelivery = withPolicies(20_000);
    asDelivery.policies = asDelivery.policies.filter((p) => p.type === 'random' || p.type === 'delivery');
    delete asDelivery.claims;
    const parameters = estimateWork(parsed(only)).modelParameters;
    expect(parameters).toBeGreaterThan(1);
    expect(parameters).toBe(estimateWork(parsed(asDelivery)).modelParameters);
  });

  it('runs in the engine: reaches the budget among consenting people, reports its model, and a fairness wrapper reuses it', async () => {
    const s = parsed(withPolicies(30_000, { id: 'clicks', type: 'click-model' }, { id: 'clicks-parity', type: 'fairness', base: 'clicks', constraint: 'demographic-parity', attribute: 'gender' }));
    const { results } = await runScenario(s, new LocalRunner(s));
    const clicks = results.policies.find((p) => p.id === 'clicks');
    const delivery = results.policies.find((p) => p.id === 'delivery');
    expect(clicks?.type).toBe('click-model');
    expect(clicks?.label).toBe('clicks');
    expect(clicks?.model?.target).toBe('click');
    expect(clicks?.totals.reached).toBe(delivery?.totals.reached);
    expect(clicks?.candidates).toBe(delivery?.candidates);
    expect(clicks?.thresholds).toHaveLength(1);
    expect(results.policies.find((p) => p.id === 'clicks-parity')?.model).toEqual(clicks?.model);
    // The audit report describes it by its descriptor's one line.
    expect(policySentence(s.policies.find((p) => p.id === 'clicks')!, s)).toBe(clickModel.summary);
  }, 60_000);

  it('is offered by the editor, which adds one with its schema default as the placeholder', async () => {
    const el = document.createElement('fg-scenario-editor') as FgScenarioEditor;
    el.text = draftToText(defaultScenario);
    const inputs: ScenarioInputDetail[] = [];
    el.addEventListener('scenario-input', (e) => inputs.push((e as CustomEvent<ScenarioInputDetail>).detail));
    document.body.append(el);
    await el.updateComplete;
    const select = [...el.shadowRoot!.querySelectorAll('select')].find((s) => s.closest('label')?.textContent?.includes('New policy type'))!;
    const option = [...select.options].find((o) => o.value === 'click-model');
    expect(option?.textContent).toBe('Click model (no prices)');
    select.value = 'click-model';
    select.dispatchEvent(new Event('change'));
    [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Add policy')!.click();
    const added = inputs.at(-1)?.check.draft?.policies?.at(-1);
    expect(added).toEqual({ id: 'click-model', label: 'Click model (no prices)', type: 'click-model' });
    expect(inputs.at(-1)?.check.issues).toEqual([]);
    await el.updateComplete;
    const card = [...el.shadowRoot!.querySelectorAll('fieldset')].find((f) => f.querySelector('legend')?.textContent === 'Click model (no prices)')!;
    const l2 = [...card.querySelectorAll('label')].find((l) => l.textContent?.includes('L2 penalty'))!.querySelector('input')!;
    expect(l2.placeholder).toBe('4');
    expect(card.textContent).toContain('A model of past clicks picks the people most likely to click');
    expect(card.querySelector('.add-constraint')).not.toBeNull();
  });
});
