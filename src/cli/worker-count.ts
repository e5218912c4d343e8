/**
 * `--workers`: more worker threads than cores only add overhead (each keeps its own chunks and
 * heap; 64 workers on 2 cores ran 10× slower in 5× the memory), so a request above the machine's
 * cores is capped to them, with a note saying so. The help text states the same rule.
 */
import { availableParallelism } from 'node:os';
import { nodeWorkerCount } from '../../workers/spawn-node';

/** Most workers `--workers` accepts at all; the cores of the machine cap it further. */
export const MAX_WORKERS_OPTION = 64;

export const WORKERS_HELP = `worker threads (default: one per core, at most 8; a larger number is capped to this machine's ${availableParallelism()} cores)`;

export function resolveWorkers(requested: number | undefined, note: (text: string) => void, cores: number = availableParallelism()): number {
  if (requested === undefined) return nodeWorkerCount();
  if (requested <= cores) return requested;
  const s = cores === 1 ? '' : 's';
  note(`--workers ${requested}: this machine has ${cores} core${s}; using ${cores} worker${s} (more workers than cores only add overhead and memory).`);
  return cores;
}
