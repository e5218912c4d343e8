/**
 * For profiling the command line's own steps around a run (FAIRGROUND_TIMINGS=1): performance marks,
 * reported in milliseconds since the process started. `steps` is one line on stderr:
 * `steps {"runCommand":…,"workerSpawn":…,"validatorLoading":…,"validatorLoaded":…,"validated":…,"runStart":…,"workersReady":…,"runEnd":…,"written":…,"printed":…}`
 * in the order they happened (a step that did not happen is left out): `workerSpawn` is the first
 * worker's spawn, `workersReady` the last READY of those started before the run's end. Never part
 * of the results.
 */
import { WORKER_READY_MARK } from '../../workers/spawn';
import { WORKER_SPAWN_MARK } from '../../workers/spawn-node';

export type Step = 'runCommand' | 'validatorLoading' | 'validatorLoaded' | 'validated' | 'runStart' | 'runEnd' | 'written' | 'printed';

const PREFIX = 'fairground:';

const STEPS: readonly Step[] = ['runCommand', 'validatorLoading', 'validatorLoaded', 'validated', 'runStart', 'runEnd', 'written', 'printed'];

/** Forgets the marks of an earlier command in this process (tests run several). */
export function clearSteps(): void {
  for (const step of STEPS) performance.clearMarks(PREFIX + step);
  performance.clearMarks(WORKER_SPAWN_MARK);
  performance.clearMarks(WORKER_READY_MARK);
}

export function markStep(step: Step): void {
  performance.mark(PREFIX + step);
}

/** Each step's first mark (the last READY before the run's end for `workersReady`), in the order they happened. */
export function stepTimes(): Record<string, number> {
  const times = new Map<string, number>();
  const marks = performance.getEntriesByType('mark');
  const runEnd = marks.find((m) => m.name === PREFIX + 'runEnd')?.startTime ?? Infinity;
  for (const entry of marks) {
    if (!entry.name.startsWith(PREFIX)) continue;
    const at = Math.round(entry.startTime * 10) / 10;
    if (entry.name === WORKER_READY_MARK) {
      if (entry.startTime < runEnd) times.set('workersReady', at);
    } else {
      const step = entry.name === WORKER_SPAWN_MARK ? 'workerSpawn' : entry.name.slice(PREFIX.length);
      if (!times.has(step)) times.set(step, at);
    }
  }
  return Object.fromEntries([...times].sort((a, b) => a[1] - b[1]));
}
