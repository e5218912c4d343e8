/**
 * For profiling the command line's own steps around a run (FAIRGROUND_TIMINGS=1): performance marks,
 * reported in milliseconds since the process started. `steps` is one line on stderr:
 * `steps {"runCommand":…,"workerSpawn":…,"validatorLoading":…,"validatorLoaded":…,"validated":…,"runStart":…,"runEnd":…,"written":…,"printed":…}`
 * (a step that did not happen is left out). Never part of the results.
 */
import { WORKER_SPAWN_MARK } from '../../workers/spawn-node';

export type Step = 'runCommand' | 'validatorLoading' | 'validatorLoaded' | 'validated' | 'runStart' | 'runEnd' | 'written' | 'printed';

const PREFIX = 'fairground:';

const STEPS: readonly Step[] = ['runCommand', 'validatorLoading', 'validatorLoaded', 'validated', 'runStart', 'runEnd', 'written', 'printed'];

/** Forgets the marks of an earlier command in this process (tests run several). */
export function clearSteps(): void {
  for (const step of STEPS) performance.clearMarks(PREFIX + step);
  performance.clearMarks(WORKER_SPAWN_MARK);
}

export function markStep(step: Step): void {
  performance.mark(PREFIX + step);
}

/** Each step's first mark, the first worker's spawn included, in the order they happened. */
export function stepTimes(): Record<string, number> {
  const times: [string, number][] = [];
  for (const entry of performance.getEntriesByType('mark')) {
    if (!entry.name.startsWith(PREFIX)) continue;
    const step = entry.name === WORKER_SPAWN_MARK ? 'workerSpawn' : entry.name.slice(PREFIX.length);
    if (!times.some(([s]) => s === step)) times.push([step, Math.round(entry.startTime * 10) / 10]);
  }
  return Object.fromEntries(times.sort((a, b) => a[1] - b[1]));
}
