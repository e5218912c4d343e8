import { describe, expect, it } from 'vitest';
import { axisMarks, labelledTicks } from '../../src/charts/axis';
import { chartHeight } from '../../src/charts/chart-element';
import { tickFormat } from '../../src/charts/format';
import { textWidth } from '../../src/charts/marks';
import type { TextMark } from '../../src/charts/marks';

describe('tickFormat', () => {
  it('gives every tick of an axis the same, fewest decimals the steps need', () => {
    const f = tickFormat([0, 50, 100, 150]);
    expect([0, 50, 100, 150].map(f)).toEqual(['0', '50', '100', '150']);
    const g = tickFormat([0, 2.5, 5, 7.5]);
    expect([0, 2.5, 5, 7.5].map(g)).toEqual(['0.0', '2.5', '5.0', '7.5']);
    expect(tickFormat([0, 5000, 10000])(10000)).toBe('10,000');
  });
});

describe('labelledTicks', () => {
  it('drops a label that would touch its neighbour and always keeps parity', () => {
    // A log scale squeezed into 120 px: 0.2 and 0.25 sit 9 px apart ("0.20.25" in the issue).
    const ticks = [0.1, 0.2, 0.25, 0.5, 0.8, 1, 1.25, 2];
    const scale = (v: number) => 60 + 40 * Math.log10(v);
    const kept = [...labelledTicks(scale, ticks, String, 13.5, 'bottom')].sort((a, b) => a - b);
    expect(kept).toContain(1);
    expect(kept).not.toEqual(ticks);
    for (let i = 1; i < kept.length; i++) {
      const a = kept[i - 1]!;
      const b = kept[i]!;
      const gap = scale(b) - textWidth(String(b), 13.5) / 2 - (scale(a) + textWidth(String(a), 13.5) / 2);
      expect(gap).toBeGreaterThanOrEqual(13.5 * 0.5);
    }
  });

  it('keeps every label when there is room', () => {
    const ticks = [0, 100, 200, 300];
    expect(labelledTicks((v) => v * 2, ticks, String, 13.5, 'bottom').size).toBe(4);
  });

  it('axisMarks keeps a tick line for every value but labels only the kept ones', () => {
    const marks = axisMarks((v) => v / 10, { orient: 'bottom', position: 100, ticks: [0, 10, 20, 30, 40], format: String, fontSize: 15 });
    expect(marks.filter((m) => m.className === 'tick')).toHaveLength(5);
    const labels = marks.filter((m): m is TextMark => m.className === 'tick-label');
    expect(labels.length).toBeLessThan(5);
    expect(labels.length).toBeGreaterThan(0);
  });
});

describe('chartHeight', () => {
  it('follows the preferred shape within 280 px and 1.15× the preferred height, 1.25× in Large text', () => {
    const preferred = { width: 760, height: 400 };
    expect(chartHeight(760, preferred, false)).toBe(400);
    expect(chartHeight(350, preferred, false)).toBe(280);
    expect(chartHeight(1600, preferred, false)).toBe(460);
    expect(chartHeight(760, preferred, true)).toBe(500);
  });
});
