// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/ui/overview/register';
import { buildOverview, unsavedRow } from '../../src/ui/overview';
import type { FgOverview, ThresholdPreview } from '../../src/ui/overview';
import { fixture as chartFixture } from '../charts/fixture';

/** The chart fixture with delivery's excluded intersections marked as harms (an intersection column). */
function fixture() {
  const r = chartFixture();
  for (const g of r.policies[0]!.slices[1]!.groups) g.harm = g.verdict === 'excluded';
  return r;
}

/**
 * Thresholds on delivery's scores by gender reaching 40 women, 58 men and 2 non-binary people of
 * 500, 480 and 20 (100 of 1,000): representation ratios 0.8, 1.2083 and 1.0 — Women at the band's
 * edge (within), Non-binary below minGroupSize. 20 expected conversions for 500: 25 a conversion.
 */
const PREVIEW: ThresholdPreview = {
  base: 'delivery',
  attribute: 'gender',
  groups: [
    { group: 'f', reached: 40, representationRatio: 0.8, verdict: 'within' },
    { group: 'm', reached: 58, representationRatio: 58 / 480 / 0.1, verdict: 'within' },
    { group: 'x', reached: 2, representationRatio: 1, verdict: 'too-small' },
  ],
  totals: { reached: 100, expectedConversions: 20, cost: 500 },
  policy: { id: 'delivery-thresholds', type: 'fairness', base: 'delivery', constraint: 'thresholds', attribute: 'gender', thresholds: { f: 0.2, m: 0.5, x: 0.3 } },
};

describe('unsavedRow', () => {
  it('fills the thresholds attribute\'s columns and leaves the others uncomputed', () => {
    const r = fixture();
    const row = unsavedRow(r, buildOverview(r, 'gender').columns, PREVIEW);
    expect(row.label).toBe('Delivery, unsaved thresholds');
    expect(row.cells.map((c) => [c.column.name, c.verdict, c.computed])).toEqual([
      ['Women', 'within', true], ['Men', 'within', true], ['Non-binary', 'too-small', true], ['Women aged Young', 'not-comparable', false],
    ]);
    expect(row.cells[1]!.ratio).toBeCloseTo(1.2083, 4);
    expect(row.worst).toBeUndefined();
    expect(row.costPerConversion).toBe(25);
  });

  it('marks the offer\'s harm and the worst harmed group', () => {
    const r = fixture();
    const preview = { ...PREVIEW, groups: [{ group: 'f', reached: 20, representationRatio: 0.4, verdict: 'excluded' as const }, ...PREVIEW.groups.slice(1)] };
    const row = unsavedRow(r, buildOverview(r, 'gender').columns, preview);
    expect(row.cells[0]).toMatchObject({ verdict: 'excluded', harm: true });
    expect(row.worst).toEqual({ name: 'Women', ratio: 0.4 });
    r.offer = 'risk';
    expect(unsavedRow(r, buildOverview(r, 'gender').columns, preview).cells[0]!.harm).toBe(false);
  });
});

afterEach(() => document.body.replaceChildren());

describe('<fg-overview> with unsaved thresholds', () => {
  async function mount() {
    const el = document.createElement('fg-overview') as FgOverview;
    el.results = fixture();
    el.attribute = 'gender';
    el.preview = PREVIEW;
    document.body.append(el);
    await el.updateComplete;
    return el;
  }

  it('draws a marked row right under the policy it re-cuts, with its verdicts and totals', async () => {
    const el = await mount();
    const rows = [...el.shadowRoot!.querySelectorAll('tbody tr')];
    expect(rows.map((tr) => tr.classList.contains('unsaved'))).toEqual([false, true, false, false]);
    const unsaved = rows[1]!;
    expect(unsaved.querySelector('.badge')!.textContent).toBe('Unsaved');
    expect([...unsaved.querySelectorAll('td.cell')].map((td) => td.className.split(' ')[1])).toEqual(['within', 'within', 'too-small', 'not-comparable']);
    expect([...unsaved.querySelectorAll('td.cell .ratio')].map((s) => s.textContent!.replace(/\s+/g, ''))).toEqual(['✓0.80×', '✓1.21×', '·1.00×']);
    expect([...unsaved.querySelectorAll('td.num')].map((td) => td.textContent)).toEqual(['100', '20', '25.00']);
  });

  it('says when the thresholds reach more than the budget', async () => {
    const el = await mount();
    expect(el.shadowRoot!.querySelector('.over-budget')).toBeNull();
    el.preview = { ...PREVIEW, overBudget: 80 };
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.over-budget')!.textContent).toBe('Over the budget of 80: kept, every group is scaled down in proportion (about the same ratios).');
  });

  it('Keep as policy sends the policy; Discard asks to drop the row', async () => {
    const el = await mount();
    const kept: unknown[] = [];
    let discarded = 0;
    el.addEventListener('threshold-keep', (e) => kept.push((e as CustomEvent<{ policy: unknown }>).detail.policy));
    el.addEventListener('threshold-discard', () => discarded++);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.keep-unsaved')!.click();
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.discard-unsaved')!.click();
    expect(kept).toEqual([PREVIEW.policy]);
    expect(discarded).toBe(1);
  });

  it('arrow keys skip the unsaved row (it has no cells to choose)', async () => {
    const el = await mount();
    const first = el.shadowRoot!.querySelector<HTMLButtonElement>('tbody tr td.cell button')!;
    first.focus();
    first.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
    expect(el.shadowRoot!.activeElement?.getAttribute('data-key')).toBe('random/gender:f');
  });
});
