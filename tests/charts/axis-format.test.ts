import { describe, expect, it } from 'vitest';
import { linearTicks, ratioDomain, ratioTicks } from '../../src/charts/axis';
import { formatAmount, formatPercent, formatRatio } from '../../src/charts/format';
import { ratioColour, textOn } from '../../src/charts/palette';

describe('linearTicks', () => {
  it('steps by a round number and ends at the first tick at or above the maximum', () => {
    expect(linearTicks(252, 5)).toEqual([0, 100, 200, 300]);
    expect(linearTicks(40, 5)).toEqual([0, 10, 20, 30, 40]);
    expect(linearTicks(0.67, 4)).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
    expect(linearTicks(0)).toEqual([0]);
  });
});

describe('ratioTicks and ratioDomain', () => {
  it('keeps the ratios symmetric around 1 that fall inside the domain, plus the band ends', () => {
    expect(ratioTicks([0.26, 3.45], { low: 0.8, high: 1.25 })).toEqual([0.5, 0.8, 1, 1.25, 2]);
    expect(ratioTicks([0.7, 1.5], { low: 0.9, high: 1.1 })).toEqual([0.8, 0.9, 1, 1.1, 1.25]);
  });

  it('pads the band and values by 15% and clamps to [0.05, 20], ignoring null and zero', () => {
    const band = { low: 0.8, high: 1.25 };
    const [lo, hi] = ratioDomain([null, 1, 0], band);
    expect(lo).toBeCloseTo(0.8 / 1.15, 12);
    expect(hi).toBeCloseTo(1.25 * 1.15, 12);
    expect(ratioDomain([0.001, 1000], band)).toEqual([0.05, 20]);
  });
});

describe('formats', () => {
  it('write ratios, percentages and amounts, and n/a for null', () => {
    expect(formatRatio(0.6249)).toBe('0.62×');
    expect(formatRatio(null)).toBe('n/a');
    expect(formatPercent(0.1234)).toBe('12.3%');
    expect(formatAmount(12.345)).toBe('12.35');
    expect(formatAmount(12345.6)).toBe('12,346');
  });
});

describe('ratioColour', () => {
  it('is symmetric on a log scale: r and 1/r sit at mirrored ends, 1 in the pale middle', () => {
    expect(ratioColour(1, Math.log(2))).toBe('#f3eeea');
    expect(ratioColour(0.5, Math.log(2))).toBe('#7f3b08');
    expect(ratioColour(2, Math.log(2))).toBe('#2d004b');
    expect(ratioColour(0.1, Math.log(2))).toBe('#7f3b08'); // beyond the extent: clamped
    expect(textOn('#2d004b')).toBe('#ffffff');
    expect(textOn('#f3eeea')).toBe('#1f2328');
  });
});
