import { describe, expect, it } from 'vitest';
import { categoricalSampler, sampleCategorical } from '../../src/core/population/categorical-sampler';
import type { Rng } from '../../src/core/random/stream';
import type { CategoricalAttribute } from '../../src/core/scenario';

/** An Rng that returns the given uniforms in order. */
function fixedRng(uniforms: number[]): Rng {
  let i = 0;
  return { next: () => uniforms[i++]!, normal: () => { throw new Error('not used'); } };
}

function attribute(id: string, k: number, extra: Partial<CategoricalAttribute>): CategoricalAttribute {
  return { id, type: 'categorical', protected: false, categories: Array.from({ length: k }, (_, j) => ({ id: `c${j}` })), ...extra };
}

describe('sampleCategorical', () => {
  it('maps uniforms to categories by cumulative weight: weights [1, 3] cut at 0.25', () => {
    const s = categoricalSampler(attribute('a', 2, { weights: [1, 3] }), new Map());
    const out = new Uint8Array(5);
    sampleCategorical(s, fixedRng([0, 0.2499999, 0.25, 0.9, 0.9999999]), 5, {}, out);
    expect(Array.from(out)).toEqual([0, 0, 1, 1, 1]);
  });

  it('skips zero-weight categories, including at the end: weights [0, 1, 0, 1, 0] cut at 0.5', () => {
    const s = categoricalSampler(attribute('a', 5, { weights: [0, 1, 0, 1, 0] }), new Map());
    const out = new Uint8Array(4);
    sampleCategorical(s, fixedRng([0, 0.4999999, 0.5, 0.9999999]), 4, {}, out);
    expect(Array.from(out)).toEqual([1, 1, 3, 3]);
  });

  it('reads the table row of each person\'s parent categories, first parent most significant', () => {
    const p = attribute('p', 2, { weights: [1, 1] });
    const q = attribute('q', 3, { weights: [1, 1, 1] });
    // Row "c1|c2" puts everyone in category 1; every other row in category 0.
    const table: Record<string, number[]> = {};
    for (const a of ['c0', 'c1']) for (const b of ['c0', 'c1', 'c2']) table[`${a}|${b}`] = a === 'c1' && b === 'c2' ? [0, 1] : [1, 0];
    const child = attribute('child', 2, { given: ['p', 'q'], table });
    const s = categoricalSampler(child, new Map([['p', p], ['q', q]]));
    const codes = { p: Uint8Array.from([1, 1, 0, 0]), q: Uint8Array.from([2, 1, 2, 0]) };
    const out = new Uint8Array(4);
    sampleCategorical(s, fixedRng([0.5, 0.5, 0.5, 0.5]), 4, codes, out);
    expect(Array.from(out)).toEqual([1, 0, 0, 0]);
  });
});
