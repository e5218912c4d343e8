/**
 * pickRows (models/row-tasks.ts) visits a mask's people through onesAt and draws a sample as one
 * block: it must pick exactly whom a plain loop over every person picks, drawing one sample
 * uniform per person in person order, for any masks, consent, sample rates and chunk sizes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { storeKey } from '../../src/core/engine/chunk-store';
import { pickRows } from '../../src/core/models/row-tasks';
import type { RowSource } from '../../src/core/models/row-source';
import { stream } from '../../src/core/random/stream';
import type { Scenario } from '../../src/core/scenario/types';
import { buildChunks, FixtureRunner } from '../selection/chunk-fixture';

const MASK = storeKey<Uint8Array>('mask');

/** The reference: person by person, one sample draw each whatever the other conditions. */
function plainPick(state: FixtureRunner['states'][number], source: RowSource): number[] {
  const chunk = state.chunk!;
  const mask = source.maskKey === undefined ? undefined : state.store.get(source.maskKey);
  const draw = source.sample ? stream(state.seed, 'chunk', state.index, 'sample', source.sample.name) : undefined;
  const out: number[] = [];
  for (let i = 0; i < chunk.size; i++) {
    const u = draw ? draw.next() : 0;
    if (source.sample && !(u < source.sample.rate)) continue;
    if (mask && !mask[i]) continue;
    if ((source.requireConsent ?? true) && !chunk.consent[i]) continue;
    out.push(i);
  }
  return out;
}

describe('pickRows', () => {
  it('picks the same people as a plain loop over everyone, for any mask, consent, sample and chunking', () => {
    const people = fc.array(fc.record({ mask: fc.integer({ min: 0, max: 1 }), consent: fc.integer({ min: 0, max: 1 }) }), { minLength: 1, maxLength: 120 });
    const source = fc.record(
      {
        maskKey: fc.constant(MASK),
        sample: fc.record({ name: fc.constantFrom('lookalike', 'other'), rate: fc.double({ min: 0, max: 1, noNaN: true }) }),
        requireConsent: fc.boolean(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(people, source, fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 3 }), (rows, src, sizes) => {
        const runner = new FixtureRunner({} as Scenario, 'pick-rows', buildChunks(rows.length, sizes, { consent: rows.map((r) => r.consent) }));
        runner.put(MASK, (xs) => Uint8Array.from(xs), rows.map((r) => r.mask));
        for (const state of runner.states) expect(Array.from(pickRows(state, src))).toEqual(plainPick(state, src));
      }),
      { numRuns: 200 },
    );
  });
});
