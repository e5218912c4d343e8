import { describe, expect, it } from 'vitest';
import { selectTop } from '../../src/core/selection';
import { stream } from '../../src/core/random/stream';
import { bruteForceSelect } from './brute-force';
import { buildChunks, FixtureRunner, NO_SCENARIO } from './chunk-fixture';
import { storeKey } from '../../src/core/engine/chunk-store';

const SEED = 'reuse-test';

describe('selectTop on one runner', () => {
  it('selectTop run after another on the same chunks (reused key buffers) equals the brute-force sort', async () => {
    const n = 20_000;
    const g = stream('fixture', 'reuse');
    const dense = Array.from({ length: n }, () => (g.next() < 0.5 ? 1 : g.next()));
    // The second score leaves most people out (NaN), so stale words of the first must not count.
    const sparse = Array.from({ length: n }, () => (g.next() < 0.7 ? Number.NaN : Math.round(g.next() * 4) / 4));
    const prices = Array.from({ length: n }, () => Math.floor(g.next() * 8) / 4);
    const chunks = buildChunks(n, [4096], { price: prices });
    const runner = new FixtureRunner(NO_SCENARIO, SEED, chunks);
    runner.put('dense', (xs) => Float32Array.from(xs), dense);
    runner.put('sparse', (xs) => Float32Array.from(xs), sparse);
    await selectTop(runner, { scoreKey: storeKey('dense'), outKey: storeKey('a'), budget: { kind: 'reach', people: 9_000 }, tieStream: 'x' });
    const second = await selectTop(runner, { scoreKey: storeKey('sparse'), outKey: storeKey('b'), budget: { kind: 'spend', amount: 1_500.1 }, tieStream: 'y' });
    const expected = bruteForceSelect(SEED, chunks, { scores: sparse, prices, kind: 'spend', budgets: [1_500.1], tieStream: 'y' });
    expect(runner.gather('b')).toEqual(expected);
    expect(second.selected).toBe(expected.reduce((a, x) => a + x, 0));
    const again = bruteForceSelect(SEED, chunks, { scores: dense, prices, kind: 'reach', budgets: [9_000], tieStream: 'x' });
    expect(runner.gather('a')).toEqual(again);
  });
});
