/** Chunk tasks as values: the worker's task table, the merges written once, typed store keys and the one guard. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { generatedChunk, stored } from '../../src/core/engine/chunk-access';
import type { ChunkState } from '../../src/core/engine/chunk-state';
import { ChunkStore, storeKey } from '../../src/core/engine/chunk-store';
import { chunkTask, sumCounts, sumFields } from '../../src/core/engine/chunk-task';
import { LocalRunner } from '../../src/core/engine/local-runner';
import { ping } from '../../src/core/engine/ping-task';
import { reduceChunks } from '../../src/core/engine/runner';
import { ELIGIBLE, scoreKey } from '../../src/core/engine/store-keys';
import { generate } from '../../src/core/population/generate-task';
import { eligibility } from '../../src/core/policies/eligibility';
import { TASK_TABLE, taskNamed, taskTable } from '../../workers/chunk-task-table';
import { defaultScenario } from './fixtures';

describe('the worker task table', () => {
  it('finds every task by its own name, and refuses an unknown name', () => {
    for (const [name, task] of TASK_TABLE) expect(task.name).toBe(name);
    expect(taskNamed('generate')).toBe(generate);
    expect(() => taskNamed('nope')).toThrow('unknown task "nope"');
  });

  it('taskTable refuses two tasks with the same name', () => {
    const again = chunkTask('ping', () => 0);
    expect(() => taskTable([ping, again])).toThrow('two chunk tasks are named "ping"');
  });
});

describe('merges', () => {
  it('sumFields adds each field in chunk order (hand-worked history counts)', () => {
    const zero = { size: 0, matched: 0 };
    expect(sumFields([{ size: 3, matched: 1 }, { size: 4, matched: 0 }, { size: 2, matched: 2 }], zero)).toEqual({ size: 9, matched: 3 });
    expect(sumFields([], zero)).toEqual(zero);
    expect(zero).toEqual({ size: 0, matched: 0 });
  });

  it('sumCounts equals a left-to-right sum for any counts (exact for whole numbers)', () => {
    fc.assert(fc.property(fc.array(fc.nat(1_000_000)), (xs) => sumCounts(xs) === xs.reduce((a, x) => a + x, 0)));
  });

  it('reduceChunks on a LocalRunner merges with the task: eligible people over 3 chunks equal the masks summed', async () => {
    const scenario = defaultScenario(70_000);
    const runner = new LocalRunner(scenario);
    expect(runner.chunkCount).toBe(3);
    await runner.map(generate, {});
    const { eligible } = await reduceChunks(runner, eligibility, {});
    const byHand = runner.states.reduce((n, s) => n + (s.store.get(ELIGIBLE) as Uint8Array).reduce((a, x) => a + x, 0), 0);
    expect(eligible).toBe(byHand);
    expect(await reduceChunks(runner, ping, {})).toEqual(runner.states.map((s) => s.index));
  });
});

describe('typed store and guards', () => {
  const state = (): ChunkState => ({ scenario: defaultScenario(1_000), seed: 1, index: 3, chunk: undefined, store: new ChunkStore() });

  it('stored reads back what was set under the same key, and names a missing key', () => {
    const s = state();
    const key = scoreKey('p');
    s.store.set(key, Float32Array.of(0.5, 0.25));
    expect(Array.from(stored(s, key))).toEqual([0.5, 0.25]);
    expect(() => stored(s, storeKey<Uint8Array>('selected:q'))).toThrow('chunk 3 has no "selected:q" column yet');
    expect(s.store.names()).toEqual(['score:p']);
    expect(s.store.delete('score:p')).toBe(true);
    expect(s.store.names()).toEqual([]);
  });

  it('generatedChunk says the generate task has not run', () => {
    expect(() => generatedChunk(state())).toThrow('chunk 3 has no people yet: run the generate task first');
  });

  it('a LocalRunner for the workers names the failing task and chunk', async () => {
    const runner = new LocalRunner(defaultScenario(40_000), undefined, { nameFailures: true });
    await expect(runner.map(ping, { fail: 1 })).rejects.toThrow('task "ping" failed on chunk 1: chunk 1 failed on purpose');
    await expect(new LocalRunner(defaultScenario(40_000)).map(ping, { fail: 1 })).rejects.toThrow(/^chunk 1 failed on purpose$/);
  });
});
