/**
 * Group statistics of a policy's candidates and selection (policies/group-stats.ts): hand-worked
 * numbers, and the selection-only task agreeing with the full one on any people and chunking.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reduceChunks } from '../../src/core/engine/runner';
import { ELIGIBLE } from '../../src/core/engine/store-keys';
import { storeKey } from '../../src/core/engine/chunk-store';
import { policyGroupStats, policySelectionStats } from '../../src/core/policies/group-stats';
import type { Scenario } from '../../src/core/scenario/types';
import { buildChunks, FixtureRunner } from '../selection/chunk-fixture';

const scenario = {
  population: { attributes: [{ id: 'g', type: 'categorical', protected: true, categories: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] }] },
} as unknown as Scenario;
const SCORE = storeKey<Float32Array>('score:p');
const SELECTED = storeKey<Uint8Array>('selected:p');

interface Person {
  g: number;
  eligible: number;
  score: number;
  selected: number;
}

function runnerOf(people: readonly Person[], sizes: number[]): FixtureRunner {
  const runner = new FixtureRunner(scenario, 's', buildChunks(people.length, sizes, { codes: { g: people.map((p) => p.g) } }));
  runner.put(ELIGIBLE, (xs) => Uint8Array.from(xs), people.map((p) => p.eligible));
  runner.put(SCORE, (xs) => Float32Array.from(xs), people.map((p) => p.score));
  runner.put(SELECTED, (xs) => Uint8Array.from(xs), people.map((p) => p.selected));
  return runner;
}

describe('policy group stats', () => {
  it('counts selected candidates and their lowest score per group (a selected non-candidate is not counted)', async () => {
    const people: Person[] = [
      { g: 0, eligible: 1, score: 0.5, selected: 1 },
      { g: 0, eligible: 1, score: 0.25, selected: 1 },
      { g: 1, eligible: 1, score: 0.75, selected: 0 },
      { g: 1, eligible: 0, score: NaN, selected: 1 },
      { g: 2, eligible: 1, score: 2, selected: 1 },
    ];
    const got = await reduceChunks(runnerOf(people, [2]), policySelectionStats, { attribute: 'g', scoreKey: SCORE, selectedKey: SELECTED });
    expect(got).toEqual({ selected: [2, 0, 1], minSelectedScore: [0.25, NaN, 2] });
  });

  it('the selection-only task gives policyGroupStats’ selected and minSelectedScore, for any people and chunks', async () => {
    const person = fc.record({
      g: fc.integer({ min: 0, max: 2 }),
      eligible: fc.integer({ min: 0, max: 1 }),
      score: fc.oneof(fc.constant(NaN), fc.float({ min: -4, max: 4, noNaN: true })),
      selected: fc.integer({ min: 0, max: 1 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(person, { minLength: 1, maxLength: 80 }), fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 1, maxLength: 4 }), async (people, sizes) => {
        const runner = runnerOf(people, sizes);
        const full = await reduceChunks(runner, policyGroupStats, { attribute: 'g', scoreKey: SCORE, selectedKey: SELECTED });
        const only = await reduceChunks(runner, policySelectionStats, { attribute: 'g', scoreKey: SCORE, selectedKey: SELECTED });
        expect(only).toEqual({ selected: full.selected, minSelectedScore: full.minSelectedScore });
      }),
      { numRuns: 150 },
    );
  });
});
