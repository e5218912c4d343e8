// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import '../../src/charts';
import { BETTER, WORSE, layoutLedger } from '../../src/charts/ledger/layout';
import type { LedgerChartInput } from '../../src/charts/ledger/layout';
import type { FgLedgerChart } from '../../src/charts/ledger/element';
import type { LedgerFigures, LedgerRow } from '../../src/core/explain/ledger';
import type { RectMark } from '../../src/charts/marks';
import { fixture, marksOf, round1 } from './fixture';

const ACTUAL: LedgerFigures = { reached: 100, realisedConversions: 40, expectedConversions: 38, cost: 1000, worstRatio: 0.5, worstGroup: 'age=old' };

function row(key: string, label: string, conversions: number, cost: number, worstRatio: number | null): LedgerRow {
  return {
    key, label, reached: 100, realisedConversions: 40 + conversions, expectedConversions: 38, cost: 1000 + cost, worstRatio, worstGroup: 'age=old',
    delta: { realisedConversions: conversions, expectedConversions: 0, cost, worstRatio: worstRatio === null ? null : worstRatio - 0.5 },
  };
}

/** Dropping income costs 10 conversions, saves 50 and lifts the worst ratio to 0.9; dropping region gains 5, costs 20 more and lowers it to 0.4. */
const INPUT: LedgerChartInput = {
  policyLabel: 'Propensity',
  actual: ACTUAL,
  rows: [row('drop:income', 'without income', -10, -50, 0.9), row('drop:region', 'without region', 5, 20, 0.4), row('consent:everyone', 'if everyone consented', 0, 0, null)],
  band: { low: 0.8, high: 1.25 },
};

describe('layoutLedger', () => {
  it('states the change that brings the worst group closest to a fair share, and its price', () => {
    expect(layoutLedger(INPUT, { width: 900, height: 300, fontSize: 15 }).title).toBe("Without income, the worst group's ratio goes from 0.50× to 0.90×, for 10 fewer conversions");
  });

  it('draws deltas as bars either side of zero, in proportion, blue when better and orange when worse', () => {
    const layout = layoutLedger(INPUT, { width: 900, height: 300, fontSize: 15 });
    const conversions = layout.marks.filter((m): m is RectMark => m.kind === 'rect' && m.className === 'bar conversions');
    const [income, region, consent] = conversions;
    // −10 ends at zero and is twice as long as +5, which starts there; ±0 has no length.
    expect(round1(income!.x + income!.width)).toBe(round1(region!.x));
    expect(income!.width / region!.width).toBeCloseTo(2, 9);
    expect(consent!.width).toBe(0);
    expect([income!.fill, region!.fill]).toEqual([WORSE, BETTER]);
    // Cost: saving is better, paying more worse.
    const cost = layout.marks.filter((m): m is RectMark => m.kind === 'rect' && m.className === 'bar cost');
    expect(cost.map((m) => m.fill).slice(0, 2)).toEqual([BETTER, WORSE]);
    const dots = marksOf(layout.marks, 'worst-ratio');
    expect(dots.map((d) => (d as { fill: string }).fill)).toEqual([BETTER, WORSE]);
    expect(layout.table.rows).toEqual([
      ['without income', '−10', '−50.00', '0.90', '+0.40', 'age=old'],
      ['without region', '+5', '+20.00', '0.40', '−0.10', 'age=old'],
      ['if everyone consented', '±0', '±0.00', 'n/a', 'n/a', 'age=old'],
    ]);
  });

  it('puts the three panels side by side when wide and one under another on a phone', () => {
    const titles = (width: number) => marksOf(layoutLedger(INPUT, { width, height: 300, fontSize: 15 }).marks, 'panel-title').map((m) => round1((m as { y: number }).y));
    const wide = titles(1200);
    expect(new Set(wide).size).toBe(1);
    const narrow = titles(360);
    expect(narrow[0]! < narrow[1]! && narrow[1]! < narrow[2]!).toBe(true);
    // Every mark stays inside the drawing at any width.
    for (const width of [320, 390, 600, 900, 1600]) {
      const layout = layoutLedger(INPUT, { width, height: 300, fontSize: 21 });
      for (const m of layout.marks) if (m.kind === 'rect') expect(m.x + m.width).toBeLessThanOrEqual(width + 0.01);
    }
  });

  it('says what to do before the ledger has run', () => {
    expect(layoutLedger(undefined, { width: 600, height: 300 }).title).toBe('Run the ledger to see what each feature is worth');
  });
});

describe('<fg-ledger-chart>', () => {
  it('draws the ledger with its data table', async () => {
    const element = document.createElement('fg-ledger-chart') as FgLedgerChart;
    element.results = fixture();
    element.ledger = INPUT;
    document.body.append(element);
    await element.updateComplete;
    expect(element.shadowRoot!.querySelectorAll('rect.bar')).toHaveLength(6);
    expect(element.shadowRoot!.querySelector('table caption')!.textContent).toContain('Propensity: what each change does');
    element.remove();
  });
});
