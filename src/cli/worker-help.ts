/**
 * What `--workers` accepts and what its help says: the same rule `resolveWorkers` applies
 * (worker-count.ts). Kept apart so the help never loads the engine.
 */
import { availableParallelism } from 'node:os';

/** Most workers `--workers` accepts at all; the cores of the machine cap it further. */
export const MAX_WORKERS_OPTION = 64;

export const WORKERS_HELP = `worker threads (default: one per core, at most 8; a larger number is capped to this machine's ${availableParallelism()} cores)`;
