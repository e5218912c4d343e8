/**
 * `--workers`: more worker threads than cores only add overhead (each keeps its own chunks and
 * heap; 64 workers on 2 cores ran 10× slower in 5× the memory), so a request above the machine's
 * cores is capped to them, with a note saying so. The help text (worker-help.ts) states the same rule.
 */
import { availableParallelism } from 'node:os';
import { nodeWorkerCount } from '../../workers/spawn-node';

export function resolveWorkers(requested: number | undefined, note: (text: string) => void, cores: number = availableParallelism()): number {
  if (requested === undefined) return nodeWorkerCount();
  if (requested <= cores) return requested;
  const s = cores === 1 ? '' : 's';
  note(`--workers ${requested}: this machine has ${cores} core${s}; using ${cores} worker${s} (more workers than cores only add overhead and memory).`);
  return cores;
}
