/** The `market` section: what a file may say, and every cross-reference and work cap, as path: message. */
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/core/scenario';
import { marketScenario } from './fixtures';

/** The fixture's document with `market` replaced (and other sections changed). */
function doc(market: Record<string, unknown>, changes: Record<string, unknown> = {}): Record<string, unknown> {
  const s = marketScenario();
  return { ...JSON.parse(JSON.stringify(s)), market, ...changes };
}
const base = { rounds: 3, sessions: { kind: 'fixed', count: 2 }, campaign: { dailyBudget: 100 } };
const problems = (value: unknown) => {
  const r = parseScenario(value);
  return r.ok ? [] : r.issues.map((i) => `${i.path}: ${i.message}`);
};

describe('the market section', () => {
  it('a minimal market parses with its defaults', () => {
    const r = parseScenario(doc(base));
    if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('\n'));
    expect(r.scenario.market).toMatchObject({ reserve: 1, competitors: [], creatives: [], campaigns: {}, campaign: { objective: 'clicks', deliveryRandomness: 0 } });
  });

  it('a scenario without one has no market key (it runs in one round, as before)', () => {
    const s = JSON.parse(JSON.stringify(marketScenario())) as Record<string, unknown>;
    delete s.market;
    const r = parseScenario(s);
    expect(r.ok && 'market' in r.scenario).toBe(false);
  });

  it('names every unknown attribute, category and policy where it is', () => {
    const found = problems(
      doc({
        ...base,
        sessions: { kind: 'column', attribute: 'gender' },
        competitors: [
          { id: 'a', bid: 1, multipliers: { sex: { f: 2 } }, interactions: [{ groups: { gender: 'x' }, multiplier: 2 }] },
          { id: 'a', bid: 1 },
        ],
        creatives: [{ id: 'c', click: { gender: { q: 1 } } }],
        campaigns: { nobody: { dailyBudget: 5 } },
      }),
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'market.sessions.attribute: "gender" is categorical; sessions come from a numeric attribute',
        'market.competitors[0].multipliers.sex: unknown attribute "sex"',
        'market.competitors[0].interactions[0].groups.gender.x: unknown category "x" of "gender"',
        'market.competitors[1].id: duplicate competitor id "a"',
        'market.creatives[0].click.gender.q: unknown category "q" of "gender"',
        'market.campaigns.nobody: unknown policy "nobody"',
      ]),
    );
  });

  it('refuses out-of-range numbers and unknown keys', () => {
    const found = problems(doc({ ...base, rounds: 61, campaign: { dailyBudget: -1, frequencyCap: 0 }, extra: 1 }));
    expect(found.some((p) => p.startsWith('market.rounds:'))).toBe(true);
    expect(found.some((p) => p.startsWith('market.campaign.dailyBudget:'))).toBe(true);
    expect(found.some((p) => p.startsWith('market.campaign.frequencyCap:'))).toBe(true);
    expect(found.some((p) => p.includes('extra'))).toBe(true);
  });

  it('bounds the work: opportunities per round and visits over the run', () => {
    const policies = ['a', 'b', 'c', 'd'].map((id) => ({ id, type: 'random' }));
    const big = doc({ ...base, rounds: 60, sessions: { kind: 'fixed', count: 32 } }, { population: { ...marketScenario().population, size: 10_000_000 }, policies });
    const found = problems(big);
    expect(found).toContain('market.sessions: 320,000,000 ad opportunities a round (10,000,000 people × up to 32 sessions); at most 200,000,000: fewer sessions or people');
    // 320 million opportunities × 60 rounds × (0 competitors + 2 × 4 policies).
    expect(found).toContain('market.rounds: 1.5e+11 opportunity visits over the run (opportunities × rounds × (competitors + 2 × policies)); at most 1e+11: fewer rounds, policies or sessions');
    // 10 million people with 5 sessions a round are fine.
    expect(problems(doc({ ...base, rounds: 7, sessions: { kind: 'poisson', mean: 5 } }, { population: { ...marketScenario().population, size: 10_000_000 } }))).toEqual([]);
  });
});
