/**
 * How the command line sets up its engine workers.
 *
 * `--workers`: more worker threads than cores only add overhead (each keeps its own chunks and
 * heap; 64 workers on 2 cores ran 10× slower in 5× the memory), so a request above the machine's
 * cores is capped to them, with a note saying so. The help text (worker-help.ts) states the same rule.
 */
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { nodeWorkerCount } from '../../workers/spawn-node';

export function resolveWorkers(requested: number | undefined, note: (text: string) => void, cores: number = availableParallelism()): number {
  if (requested === undefined) return nodeWorkerCount();
  if (requested <= cores) return requested;
  const s = cores === 1 ? '' : 's';
  note(`--workers ${requested}: this machine has ${cores} core${s}; using ${cores} worker${s} (more workers than cores only add overhead and memory).`);
  return cores;
}

/**
 * Runs of at least this many chunks (1,540,097 people and more) start with a JIT warm-up in the
 * fresh workers (core/engine/warm-up.ts). Re-measured once the kernels had become cheaper to
 * compile (quiet 2-core machine, 2 workers, alternating pairs, wall with / without): 100k
 * 0.40 / 0.34 s, 1M 0.68 / 0.65 s, 2M 1.04 / 1.10 s, 3M 1.29 / 1.39 s. So it pays from about 1.5M
 * people on. FAIRGROUND_WARM_UP=0 turns it off (to measure what it does).
 */
export function warmUpChunks(env: Record<string, string | undefined> = process.env): number {
  return env.FAIRGROUND_WARM_UP === '0' ? Infinity : 48;
}

/**
 * With a worker on every core, V8's background compiler threads have no idle core: a cold run's
 * optimizing compiles (about 2 s of CPU in a 1M run) then take the cores from the workers, each
 * worker waiting for code that another thread compiles while it interprets. So when the workers
 * fill the cores, each one compiles its own hot functions on its own thread instead (V8's
 * --no-concurrent-recompilation); it applies to the isolates created afterwards, so this runs
 * before the workers start. Measured on 2 cores, 1M people, 2 workers: about 5% less wall time
 * and 7% less CPU. With cores to spare, compiling in the background stays the better choice.
 */
export function compileOnWorkerThreads(workers: number | undefined, cores: number = availableParallelism()): boolean {
  if ((workers ?? nodeWorkerCount()) < cores) return false;
  setFlagsFromString('--no-concurrent-recompilation');
  return true;
}
