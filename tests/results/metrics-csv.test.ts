/** metricsCsv (long form) and csvField escaping. */
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { csvField, csvLine } from '../../src/core/results/csv';
import { metricsCsv } from '../../src/core/results/metrics-csv';
import { smallScenario } from '../metrics/fixtures';
import { handPopulation } from '../metrics/hand-population';
import { resultsOf } from '../metrics/audit-of';

describe('csvField', () => {
  it('quotes commas, quotes and line breaks, and leaves undefined values empty', () => {
    expect(csvLine(['a,b', 'say "hi"', 'x\ny', 1.5, null, NaN])).toBe('"a,b","say ""hi""","x\ny",1.5,,\n');
    expect(csvField('plain')).toBe('plain');
  });
});

describe('metricsCsv', () => {
  const csv = metricsCsv(resultsOf(smallScenario(20), handPopulation()));
  const rows = Papa.parse<string[]>(csv.trim()).data;

  it('starts with the long-form header', () => {
    expect(rows[0]).toEqual(['policy', 'attribute', 'group', 'metric', 'value', 'low', 'high']);
  });

  it('holds a group metric with its Wilson interval (women, selection rate 2/8)', () => {
    const r = rows.find((x) => x[0] === 'a' && x[1] === 'gender' && x[2] === 'f' && x[3] === 'selectionRate')!;
    expect(Number(r[4])).toBe(0.25);
    expect(Number(r[5])).toBeCloseTo(0.0715, 4);
    expect(Number(r[6])).toBeCloseTo(0.5907, 4);
  });

  it('leaves undefined values empty and writes verdicts, totals and mix distance', () => {
    const tpr = rows.find((x) => x[0] === 'a' && x[2] === 'x' && x[1] === 'gender' && x[3] === 'tpr')!;
    expect(tpr.slice(4)).toEqual(['', '', '']);
    expect(rows.find((x) => x[0] === 'a' && x[2] === 'f' && x[1] === 'gender' && x[3] === 'verdict')![4]).toBe('uncertain'); // 2 of 8 reached: outside the band, within noise (see known-answers)
    expect(rows.find((x) => x[0] === 'a' && x[1] === '' && x[3] === 'reached')![4]).toBe('7');
    expect(rows.some((x) => x[1] === 'gender×age' && x[3] === 'mixDistance')).toBe(true);
  });

  it('writes the verdict statistics beside the verdict: raw verdict, leaning, p-values, interval kind', () => {
    const get = (metric: string) => rows.find((x) => x[0] === 'a' && x[1] === 'gender' && x[2] === 'f' && x[3] === metric)!;
    // Women RR 5/7 [0.23, 1.53]: straddles the low edge, leans low
    expect(get('rawVerdict')[4]).toBe('uncertain');
    expect(get('leaning')[4]).toBe('low');
    expect(Number(get('pValue')[4])).toBeGreaterThan(0.05);
    expect(Number(get('adjustedPValue')[4])).toBeGreaterThanOrEqual(Number(get('pValue')[4]));
    expect(get('intervalKind')[4]).toBe('wilson-katz');
    expect(Number(get('impactRatio')[4])).toBe(0.5);
  });
});
