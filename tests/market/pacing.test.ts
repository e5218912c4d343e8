/** Pacing within a round (pacing.ts), on hand-made histograms. */
import { describe, expect, it } from 'vitest';
import { PACING_BINS, pacingBin } from '../../src/core/market/campaign-round';
import { choosePacing } from '../../src/core/market/pacing';
import { roundBudget } from '../../src/core/market/settings';
import type { CampaignSettings } from '../../src/core/market/settings';

/** Spend and actions placed at pacing levels λ. */
function histogram(entries: { level: number; spend: number; actions: number }[]): Float64Array {
  const h = new Float64Array(2 * PACING_BINS);
  for (const e of entries) {
    const b = pacingBin(e.level);
    h[b]! += e.spend;
    h[PACING_BINS + b]! += e.actions;
  }
  return h;
}

describe('choosePacing', () => {
  const h = histogram([
    { level: 1, spend: 100, actions: 100 },
    { level: 2, spend: 200, actions: 100 },
    { level: 4, spend: 400, actions: 100 },
  ]);

  it('buys the cheapest opportunities first and the boundary level in part', () => {
    // 100 at λ 1, then 150 of the 200 at λ 2.
    expect(choosePacing(h, 250, null)).toEqual({ bin: pacingBin(2), fraction: 0.75 });
  });

  it('buys everything when the budget does not bind', () => {
    expect(choosePacing(h, 10_000, null)).toEqual({ bin: PACING_BINS, fraction: 1 });
  });

  it('a cost cap stops where the average cost per action reaches the cap', () => {
    // At λ 2 in full: 300 for 200 actions (1.5 each). A cap of 2 admits f of the λ-4 level:
    // (300 + 400 f) / (200 + 100 f) = 2 → f = 0.5.
    const p = choosePacing(h, 10_000, 2);
    expect(p.bin).toBe(pacingBin(4));
    expect(p.fraction).toBeCloseTo(0.5, 12);
  });

  it('a spent budget buys nothing', () => {
    expect(choosePacing(h, 0, null)).toEqual({ bin: pacingBin(1), fraction: 0 });
  });

  it('bins are ordered by level and about 1% wide', () => {
    expect(pacingBin(1.02)).toBeGreaterThan(pacingBin(1));
    expect(pacingBin(1.005)).toBe(pacingBin(1));
    expect(pacingBin(2) - pacingBin(1)).toBe(64);
    let last = -1;
    for (let x = 1e-8; x < 1e8; x *= 1.003) {
      expect(pacingBin(x)).toBeGreaterThanOrEqual(last);
      last = pacingBin(x);
    }
    expect(pacingBin(1e-12)).toBe(0);
    expect(pacingBin(1e12)).toBe(PACING_BINS - 1);
  });
});

describe('roundBudget', () => {
  const settings: CampaignSettings = { dailyBudget: 100, totalBudget: 300, maxBid: Infinity, costCap: null, objective: 'clicks', frequencyCap: 1, deliveryRandomness: 0 };
  it('paces a total budget evenly over the rounds left, carrying over what a round left unspent', () => {
    expect(roundBudget(settings, 0, 5, 0)).toBe(60);
    expect(roundBudget(settings, 1, 5, 30)).toBe(67.5);
    expect(roundBudget(settings, 4, 5, 250)).toBe(50);
    expect(roundBudget(settings, 4, 5, 300)).toBe(0);
    expect(roundBudget({ ...settings, totalBudget: null }, 3, 5, 1e6)).toBe(100);
  });
});
