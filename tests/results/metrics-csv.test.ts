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
  const header = rows[0]!;
  const col = (name: string) => header.indexOf(name);
  const find = (policy: string, attribute: string, group: string, metric: string) =>
    rows.find((x) => x[col('policy')] === policy && x[col('attribute')] === attribute && x[col('group')] === group && x[col('metric')] === metric)!;

  it('starts with the long-form header, labels beside ids, verdict words and harm in their own columns', () => {
    expect(header).toEqual([
      'policy', 'policy_label', 'attribute', 'attribute_label', 'group', 'group_label', 'metric', 'value', 'low', 'high',
      'verdict', 'raw_verdict', 'leaning', 'interval_kind', 'harm',
    ]);
  });

  it('holds a group metric with its Wilson interval (women, selection rate 2/8), its labels and its verdict', () => {
    const r = find('a', 'gender', 'f', 'selectionRate');
    expect(Number(r[col('value')])).toBe(0.25);
    expect(Number(r[col('low')])).toBeCloseTo(0.0715, 4);
    expect(Number(r[col('high')])).toBeCloseTo(0.5907, 4);
    expect(r[col('group_label')]).toBe('Women');
    expect(r[col('attribute_label')]).toBe('Gender');
    // 2 of 8 reached: outside the band, within noise (see known-answers).
    expect(r[col('verdict')]).toBe('uncertain');
    expect(r[col('harm')]).toBe('0');
  });

  it('keeps value, low and high numeric or empty: no verdict strings among the numbers', () => {
    for (const r of rows.slice(1)) for (const c of ['value', 'low', 'high']) expect(r[col(c)] === '' || Number.isFinite(Number(r[col(c)])), `${r.join(',')}`).toBe(true);
    expect(rows.some((r) => r[col('metric')] === 'verdict')).toBe(false);
  });

  it('leaves undefined values empty and writes totals (no verdict) and mix distance, with intersection labels joined by ×', () => {
    const tpr = find('a', 'gender', 'x', 'tpr');
    expect(tpr.slice(col('value'), col('high') + 1)).toEqual(['', '', '']);
    const reached = find('a', '', '', 'reached');
    expect(reached[col('value')]).toBe('7');
    expect(reached[col('verdict')]).toBe('');
    const mix = rows.find((x) => x[col('attribute')] === 'gender×age' && x[col('metric')] === 'mixDistance')!;
    // The fixture's age attribute has no label: its id stands in.
    expect(mix[col('attribute_label')]).toBe('Gender × age');
  });

  it('writes the verdict statistics beside the verdict: raw verdict, leaning and interval kind as columns, p-values as numbers', () => {
    const get = (metric: string) => find('a', 'gender', 'f', metric);
    // Women RR 5/7 [0.23, 1.53]: straddles the low edge, leans low
    const rr = get('representationRatio');
    expect(rr[col('raw_verdict')]).toBe('uncertain');
    expect(rr[col('leaning')]).toBe('low');
    expect(rr[col('interval_kind')]).toBe('wilson-katz');
    expect(Number(get('pValue')[col('value')])).toBeGreaterThan(0.05);
    expect(Number(get('adjustedPValue')[col('value')])).toBeGreaterThanOrEqual(Number(get('pValue')[col('value')]));
    expect(Number(get('impactRatio')[col('value')])).toBe(0.5);
  });
});
