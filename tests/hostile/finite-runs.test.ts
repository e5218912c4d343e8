import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LocalRunner } from '../../src/core/engine/local-runner';
import { runScenario } from '../../src/core/engine/run';
import { generateChunk } from '../../src/core/population/generate-chunk';
import { assertFiniteResults } from '../../src/core/results/finite';
import type { GroupRow, Results } from '../../src/core/results/types';
import type { Scenario } from '../../src/core/scenario';
import { mustParseScenario, parseScenario } from '../../src/core/scenario';
import { baseScenario, PROTOTYPE_NAMES, prototypeIds, valueOfCategory } from './hostile-scenarios';
import { validScenario } from './valid-scenarios';

async function run(s: Scenario): Promise<Results> {
  return (await runScenario(s, new LocalRunner(s))).results;
}

/** Every number in the results, with its path, that is NaN or ±Infinity. */
function nonFinite(value: unknown, path = ''): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path} = ${value}`];
  if (Array.isArray(value)) return value.flatMap((v, i) => nonFinite(v, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => nonFinite(v, `${path}.${k}`));
  return [];
}

/** A rate is null exactly when its denominator is 0 (metrics/rates.ts): no null where it is defined. */
function nullWhereDefined(row: GroupRow): string[] {
  const rules: [keyof GroupRow, number][] = [
    ['selectionRate', row.n],
    ['eligibleSelectionRate', row.eligible],
    ['tpr', row.positives],
    ['fpr', row.n - row.positives],
    ['precision', row.reached],
    ['costPerReach', row.reached],
    ['costPerConversion', row.expectedConversions],
  ];
  return rules.filter(([m, den]) => den > 0 && row[m] === null).map(([m]) => `${row.attribute}/${row.group}: ${m} is null though defined`);
}

describe('ids named after Object.prototype members', () => {
  it('prototypeIds covers every own name of Object.prototype the id pattern allows', () => {
    expect(PROTOTYPE_NAMES).toContain('toString');
    expect(prototypeIds()).toEqual(expect.arrayContaining(['toString', 'valueOf', 'hasOwnProperty', '__defineGetter__', 'isPrototypeOf', 'toLocaleString']));
  });

  it('a category called valueOf gets its group numbers, not NaN: cost, conversions and recorded positives', async () => {
    const results = await run(mustParseScenario(valueOfCategory()));
    expect(nonFinite(results)).toEqual([]);
    const row = results.policies[0]!.slices[0]!.groups.find((g) => g.group === 'valueOf')!;
    expect(row.n).toBeGreaterThan(900);
    expect(row.positives).toBeGreaterThan(0);
    expect(row.cost).toBeGreaterThan(0);
    // The named reference ("m") is used, not the largest group.
    expect(results.policies[0]!.slices[0]!.reference).toBe('m');
  });

  it.each(prototypeIds())('%s as an attribute, category and policy id validates and runs to finite results', async (name) => {
    const doc = baseScenario() as { population: { attributes: Record<string, unknown>[] }; behaviour: Record<string, unknown>; history: Record<string, unknown>; policies: unknown[] };
    doc.policies = [{ id: name, type: 'propensity', useProtected: true }, { id: 'fair', type: 'fairness', base: name, constraint: 'demographic-parity', attribute: name }];
    doc.population.attributes[0] = { id: name, type: 'categorical', protected: true, categories: [{ id: name }, { id: 'other' }], weights: [1, 3] };
    doc.population.attributes.push({ id: 'child', type: 'categorical', categories: [{ id: name }, { id: 'v' }], given: [name], table: { [name]: [1, 2], other: [2, 1] } });
    doc.behaviour = { conversion: { base: 0.1, effects: { [name]: { other: 0.5 } } }, price: { multipliers: { child: { v: 2 } } } };
    doc.history = { size: 500, labelBias: { child: { v: 0.5 } } };
    const results = await run(mustParseScenario(doc));
    expect(nonFinite(results)).toEqual([]);
    const slice = results.policies[0]!.slices[0]!;
    expect(slice.groups.map((g) => g.group)).toEqual([name, 'other']);
    expect(slice.groups.reduce((a, g) => a + g.n, 0)).toBe(2000);
    expect(results.policies.map((p) => [p.id, p.totals.reached])).toEqual([[name, 200], ['fair', 200]]);
  });
});

describe('run-time finite guards', () => {
  it('generateChunk of a scenario whose numbers were forced past the bounds fails naming the column', () => {
    const s = mustParseScenario(baseScenario());
    // Bypass the validator on purpose: what the guard is for is a bound that turns out wrong.
    const forced = structuredClone(s);
    forced.population.attributes[1] = { ...forced.population.attributes[1]!, distribution: { kind: 'uniform', min: -1e308, max: 1e308 } } as never;
    expect(() => generateChunk(forced, forced.seed, { index: 0, start: 0, size: 100 })).toThrow(/^population: the attribute "income" of person \d+ is (Infinity|-Infinity|NaN); the scenario's numbers overflow there$/);
  });

  it('each column the samplers check names itself: observed values past Float32, prices, probabilities', () => {
    const s = mustParseScenario(baseScenario());
    const cases: [string, (f: Scenario) => void, RegExp][] = [
      // A finite double past the Float32 range is stored as Infinity.
      ['observed', (f) => void (f.population.attributes[1] = { ...f.population.attributes[1]!, distribution: { kind: 'normal', mean: 1e39, sd: 1 } } as never), /the observed values of "income" of person 0 is (-)?Infinity/],
      ['price', (f) => void (f.behaviour.price = { ...f.behaviour.price, base: 1e308, multipliers: { gender: { f: 10, m: 10 } } }), /the price of person 0 is Infinity/],
      ['price with noise', (f) => void (f.behaviour.price = { ...f.behaviour.price, base: 1e308, noise: 0.3, multipliers: { gender: { f: 10, m: 10 } } }), /the price of person 0 is Infinity/],
      // ∞ − ∞ in a logit.
      ['click probability', (f) => void (f.behaviour.click = { ...f.behaviour.click, effects: { gender: { f: Infinity, m: Infinity } }, interactions: [{ when: { gender: ['f', 'm'] }, effect: -Infinity }] } as never), /the click probability of person 0 is NaN/],
    ];
    for (const [, force, message] of cases) {
      const forced = structuredClone(s);
      force(forced);
      expect(() => generateChunk(forced, forced.seed, { index: 0, start: 0, size: 100 })).toThrow(message);
    }
  });

  it('assertFiniteResults names the path of a NaN', () => {
    expect(() => assertFiniteResults({ policies: [{ totals: { cost: 1 } }, { totals: { cost: NaN } }] })).toThrow('the run produced NaN at policies[1].totals.cost');
  });
});

describe('property: every scenario that validates runs finite', () => {
  it('random valid scenarios with prototype-name ids and extreme accepted numbers give no NaN, no Infinity and no null where defined', async () => {
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(validScenario, async (doc) => {
        const parsed = parseScenario(doc);
        fc.pre(parsed.ok);
        if (!parsed.ok) return;
        accepted++;
        const results = await run(parsed.scenario);
        expect(nonFinite(results)).toEqual([]);
        for (const p of results.policies) for (const slice of p.slices) for (const row of slice.groups) expect(nullWhereDefined(row)).toEqual([]);
      }),
      { numRuns: 40, seed: 1010 },
    );
    // The generator must mostly produce accepted scenarios, or the property tests little.
    expect(accepted).toBe(40);
  }, 60_000);
});
