// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { FgJsonView } from '../../src/ui/editor/json-view';
import '../../src/ui/editor/register';
import type { FgScenarioEditor, ScenarioInputDetail } from '../../src/ui/editor';
import { DEFAULT_TEXT, parsedDefault, fixture } from './default-text';


function q<T extends Element>(el: FgScenarioEditor, selector: string): T {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
}

function button(el: FgScenarioEditor, label: string): HTMLButtonElement {
  const all = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')];
  const found = all.find((b) => b.getAttribute('aria-label') === label || b.textContent?.trim() === label);
  if (!found) throw new Error(`no button "${label}"`);
  return found;
}

function policyIds(detail: ScenarioInputDetail | undefined): string[] {
  return (detail?.check.draft?.policies ?? []).map((p) => p.id);
}

afterEach(() => document.body.replaceChildren());

describe('fg-scenario-editor form', () => {
  it('moving the Women weight slider sets gender.weights[0] and keeps the scenario valid', async () => {
    const { el, inputs } = await fixture();
    const slider = q<HTMLInputElement>(el, 'input[type=range][aria-label="Weight of Women"]');
    slider.value = '80';
    slider.dispatchEvent(new Event('input'));
    await el.updateComplete;
    const last = inputs.at(-1);
    const gender = last?.check.scenario?.population.attributes[0];
    expect(gender?.type === 'categorical' && gender.weights).toEqual([80, 48, 2]);
    // The text follows the form, and the form shows the new share: 80 / 130.
    expect(JSON.parse(el.text).population.attributes[0].weights).toEqual([80, 48, 2]);
    expect(q<HTMLElement>(el, '.weight .share').textContent).toBe('61.5%');
  });

  it('moving a conditional-table slider changes only that parent row', async () => {
    const { el, inputs } = await fixture();
    const slider = q<HTMLInputElement>(el, 'input[type=range][aria-label="Weight of South · Group B"]');
    slider.value = '5';
    slider.dispatchEvent(new Event('input'));
    const hood = inputs.at(-1)?.check.scenario?.population.attributes[4];
    expect(hood?.type === 'categorical' && hood.table).toEqual({ ...parsedDefault().tableOf(4), b: [8, 17, 5, 40] });
  });

  it('"Measure model noise" asks for 20 replicates, and unticking it drops them again', async () => {
    const { el, inputs } = await fixture();
    const box = () =>
      [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('label.check input')].find((i) => i.closest('label')?.textContent?.includes('Measure model noise'))!;
    expect(box().checked).toBe(false);
    box().checked = true;
    box().dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(inputs.at(-1)?.check.scenario?.audit.replicates).toBe(20);
    expect(box().checked).toBe(true);
    box().checked = false;
    box().dispatchEvent(new Event('change'));
    expect(inputs.at(-1)?.check.scenario?.audit.replicates).toBe(1);
  });

  it('Add policy appends a policy of the chosen type with a fresh id', async () => {
    const { el, inputs } = await fixture();
    const type = [...el.shadowRoot!.querySelectorAll('select')].find((s) => s.closest('label')?.textContent?.includes('New policy type'))!;
    type.value = 'propensity';
    type.dispatchEvent(new Event('change'));
    button(el, 'Add policy').click();
    expect(policyIds(inputs.at(-1))).toEqual(['random', 'rules', 'propensity', 'lookalike', 'delivery', 'delivery-parity', 'propensity-2']);
    expect(inputs.at(-1)?.check.issues).toEqual([]);
  });

  it('Duplicate inserts a copy after the original with a fresh id and label', async () => {
    const { el, inputs } = await fixture();
    button(el, 'Duplicate Rules: 25–44, career interest').click();
    const s = inputs.at(-1)?.check.scenario;
    expect(policyIds(inputs.at(-1))).toEqual(['random', 'rules', 'rules-copy', 'propensity', 'lookalike', 'delivery', 'delivery-parity']);
    expect(s?.policies[2]?.label).toBe('Rules: 25–44, career interest (copy)');
    expect(s?.policies[2]?.type === 'rules' && s.policies[2].rule).toEqual(s?.policies[1]?.type === 'rules' && s.policies[1].rule);
  });

  it('Remove deletes the policy and the claims about it, and a fairness wrapper of a removed base is reported', async () => {
    const { el, inputs } = await fixture();
    button(el, 'Remove Lookalike of past applicants').click();
    expect(policyIds(inputs.at(-1))).toEqual(['random', 'rules', 'propensity', 'delivery', 'delivery-parity']);
    expect(inputs.at(-1)?.check.draft?.claims?.map((c) => c.policy)).toEqual(['random', 'delivery', 'propensity', 'delivery-parity', 'delivery-parity']);
    expect(inputs.at(-1)?.check.issues).toEqual([]);
    await el.updateComplete;
    button(el, 'Remove Platform delivery (clicks per price)').click();
    expect(inputs.at(-1)?.check.issues.map((i) => `${i.path}: ${i.message}`)).toContain('policies[3].base: unknown policy "delivery"');
  });

  it('changing a policy type to fairness fills in a base, a constraint and an attribute', async () => {
    const { el, inputs } = await fixture();
    const typeSelects = [...el.shadowRoot!.querySelectorAll('select')].filter((s) => s.closest('label')?.querySelector('span')?.textContent === 'Type');
    const randomType = typeSelects[0]!;
    randomType.value = 'fairness';
    randomType.dispatchEvent(new Event('change'));
    const p = inputs.at(-1)?.check.scenario?.policies[0];
    expect(p).toMatchObject({ id: 'random', type: 'fairness', base: 'propensity', constraint: 'demographic-parity', attribute: 'gender' });
  });
});

describe('fg-scenario-editor JSON view', () => {
  async function jsonView(text: string) {
    const { el } = await fixture(text);
    button(el, el.shadowRoot!.querySelectorAll('.tabs button')[1]!.textContent!.trim()).click();
    await el.updateComplete;
    const view = q<HTMLElement & { updateComplete: Promise<unknown> }>(el, 'fg-json-view');
    await view.updateComplete;
    await (view as unknown as FgJsonView).editorReady;
    return view;
  }

  it('lists a schema error as path: message and selects its text when clicked', async () => {
    const text = DEFAULT_TEXT.replace('"size": 100000', '"size": -5');
    const view = await jsonView(text);
    const issues = [...view.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.issue')];
    expect(issues.map((b) => b.textContent)).toContain('population.size: must be at least 1');
    issues.find((b) => b.textContent?.startsWith('population.size'))!.click();
    expect((view as unknown as FgJsonView).selectedText).toBe('"size": -5');
  });

  it('shows a syntax error with its line and column, and the form asks to fix it', async () => {
    const text = '{\n  "format": "fairground.scenario",\n  "version": 1,,\n}';
    const view = await jsonView(text);
    const messages = [...view.shadowRoot!.querySelectorAll('button.issue')].map((b) => b.textContent ?? '');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toBe('(root): not valid JSON: expected a "key" in double quotes here (line 3, column 16)');
  });

  it('typing in the JSON view reports the new scenario', async () => {
    const { el, inputs } = await fixture();
    (el.shadowRoot!.querySelectorAll('.tabs button')[1] as HTMLButtonElement).click();
    await el.updateComplete;
    const view = q<HTMLElement & { updateComplete: Promise<unknown> }>(el, 'fg-json-view');
    await view.updateComplete;
    await (view as unknown as FgJsonView).editorReady;
    (view as unknown as FgJsonView).typeText(DEFAULT_TEXT.replace('"Warehouse supervisor job ad"', '"Night shift <b>lead</b>"'));
    expect(inputs.at(-1)?.check.scenario?.name).toBe('Night shift <b>lead</b>');
  });
});
