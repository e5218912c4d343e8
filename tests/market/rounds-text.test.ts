/** The round-by-round table of `fairground run` (src/cli/rounds-text.ts), on the hand-worked market. */
import { describe, expect, it } from 'vitest';
import { roundsText } from '../../src/cli/rounds-text';
import { LocalRunner } from '../../src/core/engine/local-runner';
import { runScenario } from '../../src/core/engine/run';
import { marketScenario } from './fixtures';

describe('roundsText', () => {
  it('prints each round of each campaign within 80 columns, with the ratio of each group', async () => {
    const s = marketScenario({
      size: 3_000,
      market: { rounds: 2, sessions: { kind: 'fixed', count: 1, multipliers: { gender: { f: 4 } } }, campaign: { dailyBudget: 1e9, objective: 'impressions', frequencyCap: 2 } },
    });
    const { results } = await runScenario(s, new LocalRunner(s));
    const text = roundsText(results);
    const lines = text.trimEnd().split('\n');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(80);
    expect(lines.slice(0, 2).join(' ')).toBe('Rounds: 2 in the market; ratio = share of the people reached so far ÷ share of the population, by gender.');
    expect(lines[3]).toBe('neutral');
    expect(lines[4]).toMatch(/^\s+round\s+spend\s+impr\.\s+reach\s+new\s+clicks\s+conv\.\s+ratio f\s+ratio m$/);
    // Everyone reached in round 1 (ratio 1 for both groups), no one new in round 2.
    const f = results.policies[0]!.slices[0]!.groups[0]!.n;
    expect(lines[5]).toMatch(new RegExp(`^\\s+1\\s+\\S+\\s+${(2 * f + 3_000 - f).toLocaleString('en')}\\s+3,000\\s+3,000\\s+\\d+\\s+\\d+\\s+1\\.00\\s+1\\.00$`));
    expect(lines[6]).toMatch(/^\s+2\s+\S+\s+\S+\s+3,000\s+0\s/);
  });
});
