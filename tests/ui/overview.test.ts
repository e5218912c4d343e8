// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/ui/overview/register';
import type { Results } from '../../src/core/results/types';
import { buildOverview, groupName, headlineAttribute, headlinePolicy } from '../../src/ui/overview';
import type { FgOverview, OverviewSelectDetail, WhatIf } from '../../src/ui/overview';
import { fixture } from '../charts/fixture';

/** The chart fixture with the delivery intersections that are excluded marked as harms. */
function harmed(): Results {
  const r = fixture();
  const delivery = r.policies[0]!;
  for (const g of delivery.slices[1]!.groups) g.harm = g.verdict === 'excluded';
  delivery.model = { target: 'click', intercept: 0, trainingRows: 100, features: [{ name: 'neighbourhood=north', coefficient: 1 }, { name: 'neighbourhood=south', coefficient: 0 }, { name: 'income', coefficient: 2 }] };
  return r;
}

describe('groupName', () => {
  it('names an intersection as one group: "Women aged Young", attribute and category for other attributes', () => {
    const r = harmed();
    const slice = r.policies[0]!.slices[1]!;
    expect(groupName(r, slice, { group: 'f|young', label: 'Women · Young' })).toBe('Women aged Young');
    const other = { kind: 'intersection' as const, attributes: ['age', 'gender'] };
    expect(groupName(r, other, { group: 'old|m', label: 'Old · Men' })).toBe('People aged Old, Gender: Men');
    expect(groupName(r, { kind: 'attribute', attributes: ['gender'] }, { group: 'f', label: 'Women' })).toBe('Women');
    // A category that names its attribute ("Low income" of "Income band") reads without a prefix.
    r.attributes.push({ id: 'income', label: 'Income band', categories: [{ id: 'low', label: 'Low income' }] });
    expect(groupName(r, { kind: 'intersection', attributes: ['gender', 'income'] }, { group: 'f|low', label: 'Women · Low income' })).toBe('Women, Low income');
  });
});

describe('buildOverview', () => {
  it('has a row per policy and a column per group of the attribute, plus intersections worse than their groups', () => {
    const o = buildOverview(harmed(), 'gender');
    expect(o.rows.map((r) => r.policy.id)).toEqual(['delivery', 'random', 'none']);
    // Women aged Young: 0.50× against Women's 0.62×, worse than either group alone; Women aged Old
    // (0.74×) is less far from parity than Women (0.62×), so it is no column of its own.
    expect(o.columns.map((c) => c.name)).toEqual(['Women', 'Men', 'Non-binary', 'Women aged Young']);
    const delivery = o.rows[0]!;
    expect(delivery.cells.map((c) => c.verdict)).toEqual(['excluded', 'over-targeted', 'too-small', 'excluded']);
    expect(delivery.cells[0]!.ratio).toBeCloseTo(0.062 / 0.1, 12);
    expect(delivery.cells[0]!.interval).toEqual([0.45, 0.8]);
    expect(delivery.worst).toEqual({ name: 'Women aged Young', ratio: 0.5, verdict: 'excluded' });
    // Random has no intersection slice: its cell there has no value, never a made-up one.
    expect(o.rows[1]!.cells[3]).toMatchObject({ verdict: 'not-comparable', ratio: null });
  });

  it('headlines the policy that harms a group most, and names those that harm none', () => {
    const o = buildOverview(harmed(), 'gender');
    expect(o.headline).toBe('Delivery leaves out Women aged Young most: 0.50× a fair share. 1 of 3 policies leaves out at least one group; Random and None do not.');
  });

  it('opens on the harmful policy and its attribute, never the baseline by default', () => {
    const r = harmed();
    expect(headlinePolicy(r)).toBe('delivery');
    r.policies.reverse();
    expect(headlinePolicy(r)).toBe('delivery');
    expect(headlineAttribute(r)).toBe('gender');
  });

  it('says "over-targets" for a risk offer and when no policy harms anyone', () => {
    const r = fixture();
    r.offer = 'risk';
    for (const p of r.policies) for (const s of p.slices) for (const g of s.groups) g.harm = false;
    expect(buildOverview(r).headline).toBe('No policy clearly over-targets a judged group (0.8–1.25× of a fair share).');
  });
});

async function mount(): Promise<FgOverview> {
  const el = document.createElement('fg-overview');
  el.results = harmed();
  el.attribute = 'gender';
  document.body.append(el);
  await el.updateComplete;
  return el;
}

afterEach(() => document.body.replaceChildren());

describe('<fg-overview>', () => {
  it('is one Tab stop; the arrow keys move between cells', async () => {
    const el = await mount();
    const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('td.cell button')];
    expect(buttons).toHaveLength(3 * 4);
    expect(buttons.filter((b) => b.tabIndex === 0)).toHaveLength(1);
    buttons[0]!.focus();
    buttons[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
    expect(el.shadowRoot!.activeElement).toBe(buttons[1]);
    buttons[1]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
    expect(el.shadowRoot!.activeElement).toBe(buttons[5]);
  });

  it('a cell names its policy and group for screen readers and, chosen, tells the dashboard', async () => {
    const el = await mount();
    const chosen: OverviewSelectDetail[] = [];
    el.addEventListener('overview-select', (e) => chosen.push((e as CustomEvent<OverviewSelectDetail>).detail));
    const cell = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('td.cell button')[3]!;
    expect(cell.textContent!.replace(/\s+/g, ' ').trim()).toBe('Delivery, Women aged Young: ▼0.50× excluded, the harm');
    cell.click();
    await el.updateComplete;
    expect(chosen).toEqual([{ policy: 'delivery', attribute: 'gender', column: 'gender×age:f|young' }]);
    expect(cell.getAttribute('aria-pressed')).toBe('true');
  });

  it('offers each what-if in one action from the chosen cell: exclude the group, add parity, drop a feature', async () => {
    const el = await mount();
    const whatIfs: WhatIf[] = [];
    el.addEventListener('fg-what-if', (e) => whatIfs.push((e as CustomEvent<WhatIf>).detail));
    el.shadowRoot!.querySelectorAll<HTMLButtonElement>('td.cell button')[0]!.click();
    await el.updateComplete;
    const button = (text: string) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.chosen button')].find((b) => b.textContent!.includes(text))!;
    button('Exclude Women from the campaign').click();
    button('Add Gender parity to Delivery').click();
    button('Drop neighbourhood').click();
    expect(whatIfs).toEqual([
      { kind: 'exclude-group', attribute: 'gender', group: 'f' },
      { kind: 'add-constraint', policy: 'delivery', constraint: 'demographic-parity', attribute: 'gender' },
      { kind: 'drop-feature', policy: 'delivery', feature: 'neighbourhood' },
    ]);
    expect([...el.shadowRoot!.querySelectorAll('.menu-items button')].map((b) => b.textContent)).toEqual(['Drop neighbourhood', 'Drop income']);
  });
});
