// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/ui/editor/register';
import type { FgScenarioEditor, ScenarioInputDetail } from '../../src/ui/editor';
import { fixture } from './default-text';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- reading back arbitrary draft JSON


function button(el: FgScenarioEditor, label: string): HTMLButtonElement {
  const all = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')];
  const found = all.find((b) => b.getAttribute('aria-label') === label || b.textContent?.trim() === label);
  if (!found) throw new Error(`no button "${label}"`);
  return found;
}

/** The draft the last edit produced, read back from the emitted text. */
function lastDraft(inputs: ScenarioInputDetail[]): Json {
  return JSON.parse(inputs.at(-1)!.text) as Json;
}

const attr = (d: Json, id: string) => (d.population.attributes as Json[]).find((a) => a.id === id)!;
const problems = (inputs: ScenarioInputDetail[]) => inputs.at(-1)!.check.issues.map((i) => `${i.path}: ${i.message}`);

afterEach(() => document.body.replaceChildren());

describe('fg-scenario-editor population: categories', () => {
  it('+ category on Ethnic group appends a category and a weight, and gives the dependent Neighbourhood table a row for it', async () => {
    const { el, inputs } = await fixture();
    button(el, 'Add a category to Ethnic group').click();
    const d = lastDraft(inputs);
    expect(attr(d, 'ethnicity').categories.at(-1)).toEqual({ id: 'c4', label: 'Category 4' });
    // The new weight is the mean of 70, 18 and 12.
    expect(attr(d, 'ethnicity').weights).toEqual([70, 18, 12, 33.333]);
    expect(attr(d, 'neighbourhood').table.c4).toEqual(attr(d, 'neighbourhood').table.a);
    expect(problems(inputs)).toEqual([]);
  });

  it('+ category on a conditional attribute lengthens every table row', async () => {
    const { el, inputs } = await fixture();
    button(el, 'Add a category to Neighbourhood').click();
    const d = lastDraft(inputs);
    expect(attr(d, 'neighbourhood').table.b).toEqual([8, 17, 35, 40, 25]);
    expect(Object.keys(attr(d, 'education').table)).toEqual(['north', 'centre', 'south', 'east', 'c5']);
    expect(problems(inputs)).toEqual([]);
  });

  it('removing Women drops its weight and every group value that names it, and the scenario stays valid', async () => {
    const { el, inputs } = await fixture();
    button(el, 'Remove category Women of Gender').click();
    const d = lastDraft(inputs);
    expect(attr(d, 'gender').categories.map((c: Json) => c.id)).toEqual(['m', 'x']);
    expect(attr(d, 'gender').weights).toEqual([48, 2]);
    expect(d.behaviour.price.multipliers.gender).toEqual({});
    expect(attr(d, 'income').shift.gender).toEqual({});
    expect(problems(inputs)).toEqual([]);
  });

  it('removing Group B drops its table row in Neighbourhood and its label bias', async () => {
    const { el, inputs } = await fixture();
    button(el, 'Remove category Group B of Ethnic group').click();
    const d = lastDraft(inputs);
    expect(Object.keys(attr(d, 'neighbourhood').table)).toEqual(['a', 'c']);
    expect(d.history.labelBias.ethnicity).toEqual({ c: 0.7 });
    expect(problems(inputs)).toEqual([]);
  });

  it('removing every category a rule condition names leaves the condition for validation to point at', async () => {
    const { el, inputs } = await fixture();
    button(el, 'Remove category 25-34 of Age band').click();
    await el.updateComplete;
    expect(lastDraft(inputs).policies[1].rule.include[0].in).toEqual(['35-44']);
    button(el, 'Remove category 35-44 of Age band').click();
    expect(lastDraft(inputs).policies[1].rule.include[0].in).toEqual([]);
    expect(problems(inputs).some((p) => p.startsWith('policies[1].rule.include[0]'))).toBe(true);
  });
});

describe('fg-scenario-editor population: attributes', () => {
  it('Add attribute appends a numeric attribute with a fresh id, and the scenario stays valid', async () => {
    const { el, inputs } = await fixture();
    const type = [...el.shadowRoot!.querySelectorAll('select')].find((s) => s.closest('label')?.textContent?.includes('New attribute type'))!;
    type.value = 'numeric';
    type.dispatchEvent(new Event('change'));
    button(el, 'Add attribute').click();
    const added = lastDraft(inputs).population.attributes.at(-1);
    expect(added).toEqual({ id: 'attribute-11', label: 'New measure', type: 'numeric', distribution: { kind: 'normal', mean: 0, sd: 1 } });
    expect(problems(inputs)).toEqual([]);
    await el.updateComplete;
    button(el, 'Add attribute').click();
    expect(lastDraft(inputs).population.attributes.map((a: Json) => a.id).slice(-2)).toEqual(['attribute-11', 'attribute-12']);
  });

  it('Remove attribute first lists the references that would break, then removes it and validation lists them', async () => {
    const { el, inputs } = await fixture();
    button(el, 'Remove attribute Gender').click();
    await el.updateComplete;
    expect(inputs).toHaveLength(0);
    const warning = el.shadowRoot!.querySelector('.removal')!;
    const listed = [...warning.querySelectorAll('li')].map((li) => li.textContent ?? '');
    expect(listed).toContain('policies[5].attribute: unknown attribute "gender"');
    expect(warning.textContent).toContain('breaks');
    button(el, 'Remove Gender').click();
    expect(lastDraft(inputs).population.attributes.map((a: Json) => a.id)).not.toContain('gender');
    expect(problems(inputs)).toContain('policies[5].attribute: unknown attribute "gender"');
    expect(problems(inputs)).toContain('audit.attributes[0]: unknown attribute "gender"');
  });

  it('Keep it closes the warning without an edit', async () => {
    const { el, inputs } = await fixture();
    button(el, 'Remove attribute Device').click();
    await el.updateComplete;
    button(el, 'Keep it').click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.removal')).toBeNull();
    expect(inputs).toHaveLength(0);
  });
});

describe('fg-scenario-editor population: numeric shift', () => {
  function shiftGroup(el: FgScenarioEditor): HTMLElement {
    const found = el.shadowRoot!.querySelector<HTMLElement>('[role=group][aria-label="Shift of the log-mean by group"]');
    if (!found) throw new Error('no shift editor');
    return found;
  }

  it('editing Income\'s shift for North sets shift.neighbourhood.north', async () => {
    const { el, inputs } = await fixture();
    const north = [...shiftGroup(el).querySelectorAll('label')].find((l) => l.querySelector('span')?.textContent === 'North')!.querySelector('input')!;
    expect(north.value).toBe('0.15');
    north.value = '0.3';
    north.dispatchEvent(new Event('change'));
    expect(attr(lastDraft(inputs), 'income').shift.neighbourhood).toEqual({ north: 0.3, south: -0.12, east: -0.15 });
    expect(problems(inputs)).toEqual([]);
  });

  it('offers only earlier categorical attributes as parents, and adding one starts an empty shift', async () => {
    const { el, inputs } = await fixture();
    const add = shiftGroup(el).querySelector('select')!;
    expect([...add.options].map((o) => o.value)).toEqual(['', 'age', 'ethnicity', 'disability']);
    add.value = 'ethnicity';
    add.dispatchEvent(new Event('change'));
    expect(attr(lastDraft(inputs), 'income').shift.ethnicity).toEqual({});
    expect(problems(inputs)).toEqual([]);
  });
});
