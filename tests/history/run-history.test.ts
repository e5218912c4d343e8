import { describe, expect, it } from 'vitest';
import { HISTORY, HISTORY_LABEL, SEED_AUDIENCE } from '../../src/core/engine/store-keys';
import { runHistory } from '../../src/core/history';
import { onesAt } from '../../src/core/engine/person-masks';
import { stream } from '../../src/core/random/stream';
import type { Scenario } from '../../src/core/scenario/types';
import { buildChunks, FixtureRunner } from '../selection/chunk-fixture';

function scenarioWith(size: number, labelBias: Record<string, Record<string, number>> = {}): Scenario {
  return {
    seed: 'history-test',
    population: {
      size: 0,
      attributes: [{ id: 'area', type: 'categorical', protected: false, categories: [{ id: 'a' }, { id: 'b' }] }],
    },
    history: { size, rule: { include: [{ attribute: 'area', in: ['a'] }], exclude: [] }, labelBias },
  } as unknown as Scenario;
}

function runner(scenario: Scenario, area: number[], converts: number[], sizes: number[], visit?: number[]) {
  return new FixtureRunner(scenario, scenario.seed, buildChunks(area.length, sizes, { codes: { area }, converts }), visit);
}

describe('runHistory', () => {
  it('runHistory takes every rule match first, then non-matches at random, exactly history.size people', async () => {
    const area = [1, 0, 1, 1, 0, 1, 0, 1, 0, 1];
    const converts = [1, 1, 0, 0, 1, 0, 0, 0, 0, 1];
    const s = scenarioWith(6);
    const r = runner(s, area, converts, [3]);
    const summary = await runHistory(r, s);
    const reached = r.gather(HISTORY);
    expect(reached.reduce((a, x) => a + x, 0)).toBe(6);
    // All four area-a people are in; two of the six area-b people fill the rest.
    for (const i of [1, 4, 6, 8]) expect(reached[i]).toBe(1);
    expect(summary.size).toBe(6);
    expect(summary.matched).toBe(4);
    expect(summary.trueConversions).toBe(reached.reduce((a, x, i) => a + x * (converts[i] as number), 0));
    expect(summary.recordedConversions).toBe(summary.trueConversions);
  });

  it('runHistory with fewer places than matches takes only matches', async () => {
    const s = scenarioWith(3);
    const r = runner(s, [1, 0, 0, 1, 0, 0], [0, 0, 0, 0, 0, 0], [4]);
    const summary = await runHistory(r, s);
    expect(summary).toEqual({ size: 3, matched: 3, recordedConversions: 0, trueConversions: 0 });
    const reached = r.gather(HISTORY);
    // Only area-a people (indices 1, 2, 4, 5) may be in; three of them are.
    expect([reached[0], reached[3]]).toEqual([0, 0]);
    expect(reached.reduce((a, x) => a + x, 0)).toBe(3);
  });

  it('runHistory records converters of a biased group at the labelBias rate (within 4 standard errors)', async () => {
    const n = 40_000;
    const g = stream('fixture', 'history');
    const area = Array.from({ length: n }, () => (g.next() < 0.5 ? 0 : 1));
    const converts = new Array<number>(n).fill(1);
    const s = scenarioWith(n, { area: { b: 0.7 } });
    const r = runner(s, area, converts, [16_384]);
    const summary = await runHistory(r, s);
    const label = r.gather(HISTORY_LABEL);
    const inB = area.flatMap((c, i) => (c === 1 ? [label[i] as number] : []));
    const rate = inB.reduce((a, x) => a + x, 0) / inB.length;
    expect(Math.abs(rate - 0.7)).toBeLessThan(4 * Math.sqrt((0.7 * 0.3) / inB.length));
    expect(area.every((c, i) => c === 1 || label[i] === 1)).toBe(true);
    expect(r.gather(SEED_AUDIENCE)).toEqual(label);
    expect(summary.trueConversions).toBe(n);
  });

  it('runHistory gives identical history and labels whatever order the chunks are processed in', async () => {
    const n = 3000;
    const g = stream('fixture', 'history-order');
    const area = Array.from({ length: n }, () => (g.next() < 0.3 ? 0 : 1));
    const converts = Array.from({ length: n }, () => (g.next() < 0.2 ? 1 : 0));
    const s = scenarioWith(1500, { area: { a: 0.5 } });
    const forward = runner(s, area, converts, [1000]);
    const backward = runner(s, area, converts, [1000], [2, 1, 0]);
    expect(await runHistory(backward, s)).toEqual(await runHistory(forward, s));
    expect(backward.gather(HISTORY)).toEqual(forward.gather(HISTORY));
    expect(backward.gather(HISTORY_LABEL)).toEqual(forward.gather(HISTORY_LABEL));
  });

  it('runHistory records exactly the labels of a plain loop: one draw per person, recorded below the product of the biases', async () => {
    const n = 5000;
    const g = stream('fixture', 'history-plain');
    const area = Array.from({ length: n }, () => (g.next() < 0.4 ? 0 : 1));
    const tier = Array.from({ length: n }, () => Math.floor(g.next() * 3));
    const converts = Array.from({ length: n }, () => (g.next() < 0.3 ? 1 : 0));
    const s = {
      seed: 'history-plain',
      population: {
        size: 0,
        attributes: [
          { id: 'area', type: 'categorical', protected: false, categories: [{ id: 'a' }, { id: 'b' }] },
          { id: 'tier', type: 'categorical', protected: false, categories: [{ id: 'x' }, { id: 'y' }, { id: 'z' }] },
        ],
      },
      history: { size: 2500, rule: { include: [{ attribute: 'area', in: ['a'] }], exclude: [] }, labelBias: { area: { b: 0.7 }, tier: { y: 0.55, z: 0.9 } } },
    } as unknown as Scenario;
    const r = new FixtureRunner(s, s.seed, buildChunks(n, [1700], { codes: { area, tier }, converts }));
    const summary = await runHistory(r, s);
    const bias = [
      [1, 0.7],
      [1, 0.55, 0.9],
    ];
    let recorded = 0;
    for (const state of r.states) {
      const chunk = state.chunk!;
      const reached = state.store.get(HISTORY)!;
      const label = state.store.get(HISTORY_LABEL)!;
      const draw = stream(s.seed, 'chunk', state.index, 'labelBias');
      for (let i = 0; i < chunk.size; i++) {
        const u = draw.next();
        const p = 1 * bias[0]![chunk.codes.area![i]!]! * bias[1]![chunk.codes.tier![i]!]!;
        const want = reached[i] === 1 && chunk.converts[i] === 1 && u < p ? 1 : 0;
        expect(label[i]).toBe(want);
        recorded += want;
      }
      // The seed audience is the labels, and the positions listed with it are exactly its ones.
      const seed = state.store.get(SEED_AUDIENCE)!;
      expect(Array.from(seed)).toEqual(Array.from(label));
      const into = new Int32Array(seed.length);
      const ones = Array.from(seed.keys()).filter((i) => seed[i] === 1);
      expect(Array.from(into.subarray(0, onesAt(seed, into, seed.length)))).toEqual(ones);
    }
    expect(summary.recordedConversions).toBe(recorded);
  });
});
