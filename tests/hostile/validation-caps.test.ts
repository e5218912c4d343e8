import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkWork, estimateWork, exceedsInteractiveBudget, mustParseScenario, parseScenario, parseScenarioText, WORK_LIMITS } from '../../src/core/scenario';
import type { Issue } from '../../src/core/scenario';
import { scenarioToLink } from '../../src/core/scenario/share';
import { baseScenario, groupBomb, overflowingScenarios, tenMillionPeople, toStringTableRowMissing } from './hostile-scenarios';

const messages = (issues: readonly Issue[]) => issues.map((i) => `${i.path}: ${i.message}`);
function issuesOf(value: unknown): string[] {
  const r = parseScenario(value);
  return r.ok ? [] : messages(r.issues);
}

describe('estimateWork', () => {
  it('estimateWork of the default scenario gives the hand-counted people, passes, groups, bytes and model size', () => {
    const e = estimateWork(mustParseScenario(JSON.parse(readFileSync('scenarios/default.json', 'utf8'))));
    // 6 policies: generation + history + one pass each = 8 passes over 100,000 people.
    expect(e.personPasses).toBe(800_000);
    // gender 3 + age 5 + ethnicity 3 + disability 2 + gender×age 15.
    expect(e.groups).toBe(28);
    expect(e.groupRows).toBe(28 * 6);
    // 8 categorical (1 B) + 2 numeric (12 B) + behaviour 19 B + 4 scoring policies × 17 B + 2 others × 2 B.
    expect(e.bytesPerPerson).toBe(8 + 24 + 19 + 68 + 4);
    // Plus the largest design matrix: the lookalike's 20,000 history + 20,000 sample rows × 12 parameters × 8 B.
    expect(e.modelBytes).toBe(40_000 * 12 * 8);
    expect(e.memoryBytes).toBe(100_000 * 123 + 40_000 * 12 * 8);
    // Propensity sees the 6 unprotected attributes: neighbourhood 3 + income 1 + education 2 + device 2 + interest 2 + hours 1, + intercept.
    expect(e.modelParameters).toBe(12);
    expect(e.tableRows).toBe(3 + 4 + 4 + 5);
    expect(exceedsInteractiveBudget(e)).toBe(false);
  });

  it('estimateWork of a 10-million-person scenario exceeds the interactive budget, though it validates', () => {
    const s = mustParseScenario(tenMillionPeople());
    expect(exceedsInteractiveBudget(estimateWork(s))).toBe(true);
  });
});

describe('work caps at validation', () => {
  it('parseScenario refuses one 64 × 64 × 64 intersection, naming the path and the product', () => {
    const issues = issuesOf(groupBomb(1, 1));
    expect(issues).toContain('audit.intersections[0]: 262,144 groups (64 × 64 × 64); at most 4,096 groups in one slice');
  });

  it('parseScenario refuses the 4 kB file of 16 such intersections and 16 policies, by slice, in total and in result rows', () => {
    const doc = groupBomb();
    expect(JSON.stringify(doc).length).toBeLessThan(8_000);
    const issues = issuesOf(doc);
    expect(issues.filter((m) => m.includes('groups (64 × 64 × 64)'))).toHaveLength(16);
    expect(issues).toContain('audit: 4,194,496 groups over 19 slices; at most 8,192 in all');
    expect(issues).toContain('policies: 67,111,936 result rows (4,194,496 groups × 16 policies); at most 32,768: audit fewer groups or run fewer policies');
  });

  it('the same scenario as a share link is refused with the same message', async () => {
    const { scenarioFromLink } = await import('../../src/core/scenario/share');
    const link = scenarioToLink(groupBomb() as never);
    expect(link.length).toBeLessThan(2_000);
    const r = scenarioFromLink(link);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(messages(r.issues)).toContain('audit.intersections[15]: 262,144 groups (64 × 64 × 64); at most 4,096 groups in one slice');
  });

  it('a 64 × 64 intersection (4,096 groups) is accepted: the cap is what no run can use, not less', () => {
    const s = groupBomb(1, 1) as { audit: { intersections: string[][] }; population: { size: number } };
    s.audit.intersections = [['a', 'b']];
    s.population.size = 100_000;
    expect(issuesOf(s)).toEqual([]);
  });

  it('checkWork refuses a model of more than 512 parameters, at the policy', () => {
    const s = baseScenario() as { population: { attributes: unknown[] }; policies: unknown[] };
    for (let k = 0; k < 9; k++)
      s.population.attributes.push({ id: `x${k}`, type: 'categorical', categories: Array.from({ length: 64 }, (_, i) => ({ id: `c${i}` })), weights: Array(64).fill(1) });
    expect(issuesOf(s)).toContain(`policies[1].features: the model has ${1 + 1 + 9 * 63} parameters (one per non-reference category and numeric feature); at most ${WORK_LIMITS.modelParameters}`);
  });

  it('checkWork refuses a model whose design matrix would pass 2 GB, naming rows × parameters', () => {
    const s = baseScenario() as { population: { size: number; attributes: unknown[] }; history: { size: number }; campaign: unknown };
    s.population.size = 10_000_000;
    s.history.size = 10_000_000;
    for (let k = 0; k < 4; k++)
      s.population.attributes.push({ id: `x${k}`, type: 'categorical', categories: Array.from({ length: 64 }, (_, i) => ({ id: `c${i}` })), weights: Array(64).fill(1) });
    expect(issuesOf(s)).toEqual(['policies[1]: 10,000,000 training rows × 254 parameters make a 20.3 GB design matrix; at most 2.0 GB: use a smaller history or fewer features']);
  });

  it('checkWork refuses a model fit of more than 1e11 multiply-adds a step', () => {
    const s = baseScenario() as { population: { size: number; attributes: unknown[] }; history: { size: number } };
    s.population.size = 400_000;
    s.history.size = 400_000;
    for (let k = 0; k < 8; k++)
      s.population.attributes.push({ id: `x${k}`, type: 'categorical', categories: Array.from({ length: 64 }, (_, i) => ({ id: `c${i}` })), weights: Array(64).fill(1) });
    // 400,000 × 506 × 8 B = 1.6 GB fits; 400,000 × 506² = 1.02e11 does not.
    expect(issuesOf(s)).toEqual(['policies[1]: 400,000 training rows × 506 parameters make 1.0e+11 multiply-adds per fitting step; at most 1e+11: use a smaller history or fewer features']);
  });

  it('checkWork of every shipped preset finds nothing', () => {
    for (const name of ['default', 'consent-gap', 'job-ad-delivery', 'lookalike-neighbourhood', 'stem-ad-prices']) {
      const s = mustParseScenario(JSON.parse(readFileSync(`scenarios/${name}.json`, 'utf8')));
      expect(checkWork(s), name).toEqual([]);
    }
  });
});

describe('ids that are names on Object.prototype', () => {
  it('a missing conditional-table row for a category called toString is reported, not crashed on', () => {
    expect(issuesOf(toStringTableRowMissing())).toEqual(['population.attributes[1].table: is missing 1 parent combination(s): "toString"']);
  });
});

describe('number bounds: what validates runs finite', () => {
  it.each(overflowingScenarios())('parseScenario refuses $name with a path and a bound', ({ scenario }) => {
    const issues = issuesOf(scenario);
    expect(issues.length).toBeGreaterThan(0);
    for (const m of issues) expect(m).toMatch(/^(population|behaviour)\.[^:]+: must be at (least|most) /);
  });

  it('parseScenario names the product that makes a lognormal overflow', () => {
    const s = baseScenario() as { population: { attributes: unknown[] }; behaviour: Record<string, unknown> };
    s.population.attributes[1] = { id: 'income', type: 'numeric', distribution: { kind: 'lognormal', mu: 30, sigma: 5 } };
    expect(issuesOf(s)).toEqual([
      'population.attributes[1].distribution: log-values can reach 90 (|mu| 30 + shifts 0 + 12 × sigma 5 × (1 + observation noise 0)); at most 80, or values overflow',
    ]);
  });

  it('a uniform whose range underflows is refused at max', () => {
    const s = baseScenario() as { population: { attributes: unknown[] } };
    s.population.attributes[1] = { id: 'income', type: 'numeric', distribution: { kind: 'uniform', min: 0, max: 5e-324 } };
    expect(issuesOf(s)).toEqual(['population.attributes[1].distribution.max: must be greater than min (by at least 1e-9)']);
  });

  it('parseScenarioText of a 1e999 literal (JSON.parse gives Infinity) is refused at its path', () => {
    const text = JSON.stringify(baseScenario()).replace('"mean":30', '"mean":1e999');
    const r = parseScenarioText(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(messages(r.issues)).toContain('population.attributes[1].distribution.mean: must be a finite number (got Infinity)');
  });
});
