import { describe, expect, it } from 'vitest';
import { storeKey } from '../../src/core/engine/chunk-store';
import { HISTORY, HISTORY_LABEL } from '../../src/core/engine/store-keys';
import { learnerObserve } from '../../src/core/learning/tasks';
import { retrain } from '../../src/core/learning/retrain';
import { featureSpec } from '../../src/core/models';
import type { ModelFit } from '../../src/core/policies/context';
import { stream } from '../../src/core/random/stream';
import type { Scenario } from '../../src/core/scenario/types';
import { buildChunks, FixtureRunner } from '../selection/chunk-fixture';

const scenario = {
  seed: 'retrain-test',
  population: { size: 0, attributes: [{ id: 'colour', type: 'categorical', protected: false, categories: [{ id: 'r' }, { id: 'g' }, { id: 'b' }] }] },
} as unknown as Scenario;

/** People with a colour, a history record (in it or not, recorded label) and what a campaign observed. */
function world(n: number) {
  const g = stream('retrain-test', 'people');
  const colour: number[] = [], inHistory: number[] = [], recorded: number[] = [], impressions: number[] = [], converted: number[] = [];
  for (let i = 0; i < n; i++) {
    const c = Math.floor(g.next() * 3);
    colour.push(c);
    const h = g.next() < 0.4 ? 1 : 0;
    inHistory.push(h);
    recorded.push(h && g.next() < [0.1, 0.05, 0.2][c]! ? 1 : 0);
    // Colour b is never reached: the campaign observes only r and g.
    const reached = c !== 2 && g.next() < 0.3;
    impressions.push(reached ? 1 + Math.floor(g.next() * 3) : 0);
    converted.push(reached && g.next() < [0.3, 0.15][c]! ? 1 : 0);
  }
  return { colour, inHistory, recorded, impressions, converted };
}

function runnerOf(w: ReturnType<typeof world>, sizes: number[]) {
  const chunks = buildChunks(w.colour.length, sizes, { codes: { colour: w.colour } });
  const runner = new FixtureRunner(scenario, scenario.seed, chunks);
  for (const state of runner.states) {
    const { start, size } = state.chunk!;
    const part = (xs: number[]) => xs.slice(start, start + size);
    state.store.set(HISTORY, Uint8Array.from(part(w.inHistory)));
    state.store.set(HISTORY_LABEL, Uint8Array.from(part(w.recorded)));
    state.store.set(IMP, Uint16Array.from(part(w.impressions)));
    state.store.set(CONV, Uint8Array.from(part(w.converted)));
  }
  return runner;
}

const IMP = storeKey<Uint16Array>('imp');
const CONV = storeKey<Uint8Array>('conv');
const key = (name: string) => storeKey<Uint8Array>(name);
const spec = featureSpec(scenario, ['colour']);
const fit: ModelFit = { spec, intercept: 0, coefficients: new Float64Array(2), sources: [{ maskKey: HISTORY, labelKey: HISTORY_LABEL }], l2: 1e-9, perPrice: false };
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

describe('retrain (a learned policy refitted on the history and what its campaign observed)', () => {
  it('fits each colour its rate among its training rows: observed outcomes for the reached, recorded labels for the unreached history', async () => {
    const w = world(6000);
    const runner = runnerOf(w, [1000, 777]);
    const keys = { impressionsKey: IMP, outcomeKey: CONV, observedKey: key('learnfit:p:obs'), historyOnlyKey: key('learnfit:p:hist') };
    const tallies = await runner.map(learnerObserve, keys, undefined);
    const out = await retrain(runner, { fit, observedKey: keys.observedKey, historyOnlyKey: keys.historyOnlyKey, outcomeKey: CONV });

    // Counted by hand from the columns: the rows and positives of each colour.
    const rows = [0, 0, 0], positives = [0, 0, 0];
    w.colour.forEach((c, i) => {
      if (w.impressions[i]! > 0) { rows[c]!++; positives[c]! += w.converted[i]!; }
      else if (w.inHistory[i]) { rows[c]!++; positives[c]! += w.recorded[i]!; }
    });
    const rate = rows.map((r, c) => positives[c]! / r);
    // A saturated model with a negligible penalty reproduces the rates (Newton stops at 1e-8 relative deviance).
    expect(sigmoid(out.beta[0]!)).toBeCloseTo(rate[0]!, 5);
    expect(sigmoid(out.beta[0]! + out.beta[1]!)).toBeCloseTo(rate[1]!, 5);
    expect(sigmoid(out.beta[0]! + out.beta[2]!)).toBeCloseTo(rate[2]!, 5);
    expect(out.rows).toBe(rows[0]! + rows[1]! + rows[2]!);
    expect(tallies.reduce((n, t) => n + t.observed + t.historyOnly, 0)).toBe(out.rows);

    // The Hessian is the Fisher information: its intercept-only corner is Σ over all rows of μ(1 − μ),
    // and the colour-b diagonal entry is n_b p_b (1 − p_b) (plus the negligible penalty).
    const p = 3;
    const info = rows.reduce((s, r, c) => s + r * rate[c]! * (1 - rate[c]!), 0);
    expect(out.hessian[0]).toBeCloseTo(info, 3);
    expect(out.hessian[2 * p + 2]).toBeCloseTo(rows[2]! * rate[2]! * (1 - rate[2]!), 3);
    expect(out.hessian[1 * p + 2]).toBe(0);
  });

  it('gives the same model for any order the chunks are visited in', async () => {
    const w = world(3000);
    const fitWith = async (visit?: number[]) => {
      const runner = runnerOf(w, [500]);
      const ordered = visit ? new FixtureRunner(scenario, scenario.seed, runner.states.map((s) => s.chunk!), visit) : runner;
      ordered.states.forEach((s, i) => {
        const from = runner.states[i]!.store;
        for (const name of from.names()) s.store.set(storeKey<unknown>(name), from.get(storeKey<unknown>(name)));
      });
      await ordered.map(learnerObserve, { impressionsKey: IMP, outcomeKey: CONV, observedKey: key('o'), historyOnlyKey: key('h') }, undefined);
      return retrain(ordered, { fit, observedKey: key('o'), historyOnlyKey: key('h'), outcomeKey: CONV });
    };
    const a = await fitWith();
    const b = await fitWith([5, 3, 1, 0, 2, 4]);
    expect([...b.beta]).toEqual([...a.beta]);
    expect([...b.hessian]).toEqual([...a.hessian]);
  });
});
