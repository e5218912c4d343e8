import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { overlap } from '../../src/core/engine/overlap';

/** Lets every promise callback queued so far run. */
const flush = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A step that resolves (or rejects) when the test says so. */
interface Pending {
  index: number;
  finish(): void;
}

describe('overlap', () => {
  it('starts steps in order, never more than the limit at once, and gives each its own result in order, whatever order they end in', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 1, max: 5 }), fc.array(fc.nat(), { maxLength: 40 }), async (count, limit, picks) => {
        const running: Pending[] = [];
        const startedOrder: number[] = [];
        let most = 0;
        const jobs = overlap(count, limit, (i) => {
          startedOrder.push(i);
          return new Promise<string>((resolve) => {
            running.push({ index: i, finish: () => resolve(`step ${i}`) });
            most = Math.max(most, running.length);
          });
        });
        // End running steps in an order the property picks, until all have ended.
        for (let k = 0; startedOrder.length < count || running.length > 0; k++) {
          await flush();
          if (running.length === 0) continue;
          const [step] = running.splice((picks[k % Math.max(1, picks.length)] ?? 0) % running.length, 1);
          step?.finish();
          await jobs.results[step?.index as number];
        }
        expect(await Promise.all(jobs.results)).toEqual(Array.from({ length: count }, (_, i) => `step ${i}`));
        expect(startedOrder).toEqual(Array.from({ length: count }, (_, i) => i));
        expect(most).toBeLessThanOrEqual(limit);
        if (count > 0) expect(most).toBe(Math.min(limit, count));
        await jobs.settled();
      }),
      { numRuns: 200 },
    );
  });

  it('a failed step fails only its own result, frees its place, and is no unhandled rejection before it is awaited', async () => {
    const jobs = overlap(3, 1, async (i) => {
      if (i === 0) throw new Error('step 0 failed');
      return i;
    });
    // Nobody awaits result 0 until the others are done: it must not surface as unhandled.
    expect(await jobs.results[2]).toBe(2);
    expect(await jobs.results[1]).toBe(1);
    await expect(jobs.results[0]).rejects.toThrow('step 0 failed');
  });

  it('stop rejects the steps that have not started with its reason; settled waits for the ones running', async () => {
    const finish: (() => void)[] = [];
    const ended: number[] = [];
    const started: number[] = [];
    const jobs = overlap(4, 2, (i) => {
      started.push(i);
      if (i === 0) return Promise.resolve(0);
      return new Promise<number>((resolve) => {
        finish.push(() => {
          ended.push(i);
          resolve(i);
        });
      });
    });
    await jobs.results[0];
    await flush();
    // Steps 0 and 1 started, then 2 took 0's place; 3 waits.
    expect(started).toEqual([0, 1, 2]);
    const reason = new Error('stopped');
    jobs.stop(reason);
    await expect(jobs.results[3]).rejects.toBe(reason);
    const settled = jobs.settled();
    let done = false;
    void settled.then(() => (done = true));
    await flush();
    expect(done).toBe(false);
    finish.forEach((f) => f());
    await settled;
    expect(ended).toEqual([1, 2]);
    expect(started).toEqual([0, 1, 2]);
  });

  it('refuses a limit below one', () => {
    expect(() => overlap(2, 0, async () => 1)).toThrow('limit must be a whole number ≥ 1');
  });
});
