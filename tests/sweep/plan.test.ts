import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mustParseScenario } from '../../src/core/scenario';
import { describeSweepWork, gridPoints, parsePath, planSweep, rangeValues, setAtPath } from '../../src/core/sweep';
import { schemaErrors } from '../scenario/json-schema-check';
import { smallSweepScenario } from './fixture';

describe('parsePath', () => {
  it('splits dotted keys and keeps a bracketed key with a dot whole', () => {
    expect(parsePath('campaign.budget.people')).toEqual({ ok: true, value: ['campaign', 'budget', 'people'] });
    expect(parsePath('behaviour.price.multipliers.age[25.34]')).toEqual({ ok: true, value: ['behaviour', 'price', 'multipliers', 'age', '25.34'] });
    expect(parsePath('seed')).toEqual({ ok: true, value: ['seed'] });
  });

  it('rejects empty keys, stray dots and prototype keys', () => {
    for (const bad of ['', '.a', 'a..b', 'a.', 'a[]', '[x]y']) expect(parsePath(bad).ok, bad).toBe(false);
    expect(parsePath('policies.__proto__.x')).toEqual({ ok: false, message: '"__proto__" cannot be part of a path' });
  });
});

describe('setAtPath', () => {
  it('finds array elements by id first, then by index, and creates missing object keys', () => {
    const doc = { policies: [{ id: 'a', tolerance: 0.1 }, { id: '0', tolerance: 0.2 }], w: [5, 6], m: {} };
    expect(setAtPath(doc, ['policies', '0', 'tolerance'], 0.3).ok).toBe(true);
    expect(doc.policies[1]!.tolerance).toBe(0.3); // the element whose id is "0", not index 0
    setAtPath(doc, ['w', '1'], 7);
    setAtPath(doc, ['m', 'gender', 'f'], 1.5);
    expect(doc.w).toEqual([5, 7]);
    expect(doc.m).toEqual({ gender: { f: 1.5 } });
  });

  it('names the elements when an array has no such element', () => {
    const r = setAtPath({ policies: [{ id: 'a' }, { id: 'b' }] }, ['policies', 'c', 'x'], 1);
    expect(r).toEqual({ ok: false, message: 'policies has no element "c": its elements are "a", "b"' });
    expect(setAtPath({ w: [1, 2] }, ['w', '2'], 1)).toEqual({ ok: false, message: 'w has no element "2": it has 2 elements (0 to 1)' });
  });
});

describe('rangeValues', () => {
  it('gives evenly spaced values with both ends exact, rounded to 12 digits', () => {
    expect(rangeValues({ from: 0.1, to: 0.5, steps: 5, scale: 'linear', integer: false })).toEqual([0.1, 0.2, 0.3, 0.4, 0.5]);
    expect(rangeValues({ from: 1, to: 1000, steps: 4, scale: 'log', integer: false })).toEqual([1, 10, 100, 1000]);
    expect(rangeValues({ from: 100, to: 200, steps: 3, scale: 'linear', integer: true })).toEqual([100, 150, 200]);
    expect(rangeValues({ from: 1, to: 2, steps: 4, scale: 'linear', integer: true })).toEqual([1, 1, 2, 2]);
  });
});

describe('gridPoints', () => {
  it('is the product of the values with the first parameter varying slowest', () => {
    const sweep = { grid: 'product' as const, parameters: [{ path: 'a', values: [1, 2] }, { path: 'b', values: ['x', 'y', 'z'] }] };
    expect(gridPoints(sweep)).toEqual({ ok: true, points: [[1, 'x'], [1, 'y'], [1, 'z'], [2, 'x'], [2, 'y'], [2, 'z']] });
  });

  it('refuses a product past the cap, saying its size', () => {
    const many = Array.from({ length: 101 }, (_, i) => i);
    const r = gridPoints({ grid: 'product', parameters: [{ path: 'a', values: many }, { path: 'b', values: many }] });
    expect(r).toEqual({ ok: false, issues: [{ path: 'sweep', message: 'the grid has 10,201 points (101 × 101); the limit is 10,000' }] });
  });
});

describe('planSweep', () => {
  it('plans the example: 10 points in grid order, two populations (one per seed), the work counted', () => {
    const r = planSweep(smallSweepScenario());
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const { plan } = r;
    expect(plan.parameters).toEqual([{ name: 'seed', path: 'seed' }, { name: 'budget', path: 'campaign.budget.people' }]);
    expect(plan.points.map((p) => p.id)).toEqual(['p0000', 'p0001', 'p0002', 'p0003', 'p0004', 'p0005', 'p0006', 'p0007', 'p0008', 'p0009']);
    expect(plan.points[6]!.values).toEqual([2, 400]);
    expect(plan.points[6]!.scenario.seed).toBe(2);
    expect(plan.points[6]!.scenario.campaign.budget).toEqual({ kind: 'reach', people: 400 });
    expect(plan.points.map((p) => p.populationGroup)).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 1, 1]);
    expect('sweep' in plan.points[0]!.scenario).toBe(false);
    // 10 points × 5,000 people × 4 policies × 1 replicate
    expect(plan.work).toEqual({ points: 10, populations: 2, personPolicyRuns: 200_000 });
    expect(describeSweepWork(plan.work)).toBe('10 points, 2 populations to generate, 200,000 person-policy evaluations');
  });

  it('a point that gives an invalid scenario is reported with the point and its values', () => {
    const r = planSweep(smallSweepScenario({ parameters: [{ path: 'campaign.budget.people', values: [100, 9000] }] }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]!.path).toBe('campaign.budget.people');
    expect(r.issues[0]!.message).toMatch(/5000.*\(sweep point 2 of 2: campaign\.budget\.people = 9000\)$/);
  });

  it('sweeps a fairness policy option by the policy id and a new price multiplier key', () => {
    const r = planSweep(smallSweepScenario({
      grid: 'points',
      parameters: [{ path: 'policies.delivery-parity.constraint' }, { path: 'behaviour.price.multipliers.gender.f', name: 'priceWomen' }],
      points: [['demographic-parity', 1], ['min-representation', 1.5]],
    }));
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const second = r.plan.points[1]!.scenario;
    expect(second.policies.find((p) => p.id === 'delivery-parity')).toMatchObject({ constraint: 'min-representation' });
    expect(second.behaviour.price.multipliers.gender).toMatchObject({ f: 1.5 });
    expect(r.plan.work.populations).toBe(2); // a price changes the people's behaviour, so no reuse
  });

  it('reports structural problems with their paths', () => {
    const r = planSweep(smallSweepScenario({ parameters: [{ path: 'a..b', values: [1] }, { path: 'seed', name: 'a' }, { path: 'campaign.budget.people', name: 'a', values: [1, 1] }] }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.path)).toEqual(['sweep.parameters[0].path', 'sweep.parameters[1]', 'sweep.parameters[2]', 'sweep.parameters[2]']);
    expect(r.issues.map((i) => i.message)).toContain('two parameters are called "a": give one a different name');
    expect(r.issues.map((i) => i.message)).toContain('the values repeat (after rounding): every value must differ');
  });

  it('refuses a path swept twice and a name the tables already use', () => {
    const r = planSweep(smallSweepScenario({ parameters: [{ path: 'seed', values: [1] }, { path: 'seed', name: 'policy', values: [2] }] }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toEqual([
      { path: 'sweep.parameters[1]', message: '"policy" is a column of the sweep tables already: give the parameter another name' },
      { path: 'sweep.parameters[1].path', message: 'seed is swept twice: list its values once' },
    ]);
  });

  it('a scenario without a sweep says how to add one', () => {
    const scenario = smallSweepScenario();
    delete (scenario as { sweep?: unknown }).sweep;
    const r = planSweep(scenario);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]!.message).toMatch(/^this scenario has no sweep section/);
  });
});

describe('examples/sweeps', () => {
  it.each(readdirSync('examples/sweeps').filter((f) => f.endsWith('.json')))('%s is a valid scenario whose sweep plans', (file) => {
    const scenario = mustParseScenario(readFileSync(`examples/sweeps/${file}`, 'utf8'));
    const r = planSweep(scenario);
    expect(r.ok, r.ok ? '' : JSON.stringify(r.issues)).toBe(true);
  });
});

describe('the JSON Schema and sweeps', () => {
  it('accepts every example sweep file in examples/sweeps/ against scenarios/scenario.schema.json', () => {
    const schema = JSON.parse(readFileSync('scenarios/scenario.schema.json', 'utf8')) as Record<string, unknown>;
    for (const file of readdirSync('examples/sweeps').filter((f) => f.endsWith('.json')))
      expect(schemaErrors(schema, JSON.parse(readFileSync(`examples/sweeps/${file}`, 'utf8'))), file).toEqual([]);
  });
});
