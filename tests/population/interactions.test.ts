/**
 * Interaction terms: an effect (or a price multiplier) for people in several groups at once, here
 * women aged 25–54, worked out by hand; and no other column or person changes.
 */
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/core/scenario';
import { checkReferences } from '../../src/core/scenario/references';
import { generateFlat, scenarioWith } from './scenario-builder';

const population = {
  size: 20_000,
  attributes: [
    { id: 'sex', type: 'categorical', categories: [{ id: 'f' }, { id: 'm' }], weights: [1, 1] },
    { id: 'age', type: 'categorical', categories: [{ id: '18-24' }, { id: '25-34' }, { id: '35-54' }, { id: '55+' }], weights: [1, 1, 1, 1] },
  ],
};
const when = { sex: ['f'], age: ['25-34', '35-54'] };
const plain = { conversion: { base: 0.1 }, click: { base: 0.2 }, price: { base: 2, noise: 0.2 } };
const withTerms = {
  conversion: { base: 0.1, interactions: [{ when, effect: 1 }] },
  click: { base: 0.2, interactions: [{ when, effect: -0.5 }, { when: { age: ['55+'] }, effect: 0.25 }] },
  price: { base: 2, noise: 0.2, interactions: [{ when, multiplier: 1.5 }] },
};
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
const logit = (p: number) => Math.log(p / (1 - p));

describe('interaction terms', () => {
  const a = generateFlat(scenarioWith(population, plain));
  const b = generateFlat(scenarioWith(population, withTerms));
  const sex = b.codes('sex');
  const age = b.codes('age');
  const matches = (i: number) => sex[i] === 0 && (age[i] === 1 || age[i] === 2);

  it('add their effect to the logit of exactly the people in every named group', () => {
    const conversion = b.column((c) => c.conversionProb);
    const click = b.column((c) => c.clickProb);
    let matched = 0;
    for (let i = 0; i < conversion.length; i++) {
      expect(conversion[i]).toBe(Math.fround(matches(i) ? sigmoid(logit(0.1) + 1) : 0.1));
      const clickLogit = logit(0.2) + (matches(i) ? -0.5 : 0) + (age[i] === 3 ? 0.25 : 0);
      expect(click[i]).toBe(Math.fround(sigmoid(clickLogit)));
      if (matches(i)) matched++;
    }
    // About a quarter of people are women aged 25–54.
    expect(matched / conversion.length).toBeGreaterThan(0.23);
    expect(matched / conversion.length).toBeLessThan(0.27);
  });

  it('multiply the price of the people who match, on the same noise draws', () => {
    const before = a.column((c) => c.price);
    const after = b.column((c) => c.price);
    for (let i = 0; i < after.length; i++) expect(after[i]).toBeCloseTo((before[i] as number) * (matches(i) ? 1.5 : 1), 10);
  });

  it('change no attribute, and no outcome of anyone who does not match', () => {
    expect(b.codes('sex')).toEqual(a.codes('sex'));
    expect(b.codes('age')).toEqual(a.codes('age'));
    const convertsA = a.column((c) => c.converts);
    const convertsB = b.column((c) => c.converts);
    for (let i = 0; i < convertsA.length; i++) if (!matches(i)) expect(convertsB[i]).toBe(convertsA[i]);
  });

  it('name categorical attributes and their categories (checked with the path)', () => {
    const doc = structuredClone(scenarioWith(population, withTerms));
    doc.behaviour.conversion.interactions = [{ when: { sex: ['x'], height: ['tall'] }, effect: 1 }];
    const parsed = parseScenario(doc);
    const messages = parsed.ok ? [] : parsed.issues.map((i) => `${i.path}: ${i.message}`);
    expect(messages).toContain('behaviour.conversion.interactions[0].when.sex[0]: unknown category "x" of "sex"');
    expect(messages).toContain('behaviour.conversion.interactions[0].when.height: unknown attribute "height"');
    expect(checkReferences(scenarioWith(population, withTerms))).toEqual([]);
  });
});

describe('interaction terms at their bounds', () => {
  it('keep every column finite: 16 price terms of 1e3 over per-group multipliers of 1e3, 16 logit terms of ±50', async () => {
    const { LocalRunner } = await import('../../src/core/engine/local-runner');
    const { runScenario } = await import('../../src/core/engine/run');
    const all = { sex: ['f', 'm'], age: ['18-24', '25-34', '35-54', '55+'] };
    const s = scenarioWith({ ...population, size: 3000 }, {
      conversion: { base: 0.5, interactions: Array.from({ length: 16 }, (_, k) => ({ when: all, effect: k % 2 ? 50 : -50 })) },
      click: { base: 0.5, interactions: Array.from({ length: 16 }, () => ({ when: all, effect: 50 })) },
      price: { base: 1e9, multipliers: { sex: { f: 1e3, m: 1e3 }, age: { '18-24': 1e3, '25-34': 1e3, '35-54': 1e3, '55+': 1e3 } }, interactions: Array.from({ length: 16 }, () => ({ when: all, multiplier: 1e3 })) },
    });
    const price = generateFlat(s).column((c) => c.price);
    expect(price.every((p) => Number.isFinite(p) && p > 0)).toBe(true);
    // base × two group multipliers × 16 terms, no noise: 1e9 · 1e6 · 1e48.
    expect(Math.abs(price[0]! / 1e63 - 1)).toBeLessThan(1e-9);
    // The run's own guard (results/finite.ts) would throw on any non-finite number.
    await expect(runScenario(s, new LocalRunner(s))).resolves.toBeDefined();
  });
});
