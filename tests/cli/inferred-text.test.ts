/** `fairground run`'s lines about an inferred attribute, on the BISG fixture (tests/inference/bisg-fixture.ts). */
import { describe, expect, it } from 'vitest';
import { inferredText } from '../../src/cli/inferred-text';
import { LocalRunner } from '../../src/core/engine/local-runner';
import { runScenario } from '../../src/core/engine/run';
import { bisgScenario } from '../inference/bisg-fixture';

describe('inferredText', () => {
  it('names the estimate, its accuracy and, per policy, the group it gets most wrong, within 80 columns', async () => {
    const s = bisgScenario(20_000);
    const { results } = await runScenario(s, new LocalRunner(s));
    const r = results.inferred![0]!;
    const b = r.policies[0]!.groups[1]!;
    const lines = inferredText(results).split('\n');
    expect(lines).toContain('race (inferred) against the truth');
    expect(lines).toContain(`  estimated from surname, geo; right for ${(r.accuracy! * 100).toFixed(1)}% of everyone`);
    expect(lines).toContain(`    b: true ${b.ratio!.toFixed(2)}×, most likely 0.00× (−${b.ratio!.toFixed(2)}), posterior ${b.posteriorRatio!.toFixed(2)}× (${b.posteriorError! >= 0 ? '+' : '−'}${Math.abs(b.posteriorError!).toFixed(2)})`);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('prints nothing for results without inferred attributes', async () => {
    const s = bisgScenario(2000, { derived: undefined, audit: { attributes: ['race'] } });
    expect(inferredText((await runScenario(s, new LocalRunner(s))).results)).toBe('');
  });
});
