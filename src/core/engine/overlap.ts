/**
 * Independent steps of a run, overlapped. Each worker runs the tasks it is sent one after another,
 * and a step is a chain of tasks with a round trip through the coordinator between them; with one
 * step at a time a worker that finishes its part of a task early (its block holds fewer people or
 * fewer candidates) waits for the other, and both wait while the coordinator merges. With two
 * steps in flight the waiting worker runs the other step's next task instead.
 *
 * Results do not depend on the overlap: every step writes its own store keys and merges its own
 * tasks' results in chunk order; only the order in which a worker interleaves the steps' tasks
 * changes. Steps that depend on one another await each other's promises.
 */

/** Steps of the policy stage in flight at once (the history, when it runs, comes on top). */
export const STEPS_AT_ONCE = 3;

export interface Overlapped<T> {
  /** Each step's result, in the order the steps were given. */
  readonly results: readonly Promise<T>[];
  /** Starts no step that has not started yet (they reject); running steps carry on. */
  stop(reason: unknown): void;
  /** Settles once every started step has settled: nothing of them runs any more. */
  settled(): Promise<void>;
}

/**
 * Starts `start(0)`, `start(1)`, … in that order, at most `limit` running at once (a step starts as
 * soon as an earlier one settles). Every result promise has a handler from the start, so a step
 * that fails before its caller awaits it is not an unhandled rejection.
 */
export function overlap<T>(count: number, limit: number, start: (index: number) => Promise<T>): Overlapped<T> {
  if (!Number.isInteger(limit) || limit < 1) throw new Error(`limit must be a whole number ≥ 1 (got ${limit})`);
  let active = 0;
  let next = 0;
  let stopped: { reason: unknown } | undefined;
  const runs: Promise<unknown>[] = [];
  /** Per step: starts it (true) or, once stopped, rejects it without starting (false). */
  const begin: (() => boolean)[] = [];
  const pump = () => {
    while (active < limit && next < count) if ((begin[next++] as () => boolean)()) active++;
  };
  const results = Array.from(
    { length: count },
    (_, i) =>
      new Promise<T>((resolve, reject) => {
        begin[i] = () => {
          if (stopped) {
            reject(stopped.reason);
            return false;
          }
          const run = Promise.resolve().then(() => start(i));
          const settled = run.then(resolve, reject).finally(() => {
            active--;
            pump();
          });
          runs.push(settled);
          return true;
        };
      }),
  );
  for (const r of results) r.catch(() => undefined);
  pump();
  return {
    results,
    stop(reason) {
      stopped ??= { reason };
      while (next < count) (begin[next++] as () => boolean)();
    },
    async settled() {
      // A step that settles may start another (unless stopped): wait until none has started.
      for (let seen = -1; seen !== runs.length; ) {
        seen = runs.length;
        await Promise.all(runs);
      }
    },
  };
}
