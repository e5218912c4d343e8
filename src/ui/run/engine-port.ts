/**
 * What the app needs from the engine client (`createEngine` in workers/): run a scenario with a
 * signal and progress reports, and dispose of the workers. The app takes any object of this shape,
 * so component tests pass a stand-in and the shell passes the real Web Worker client.
 */
import type { Results } from '../../core/results/types';
import type { Scenario } from '../../core/scenario/types';
import type { CoordinatorApi, InspectMethod, InspectReplies } from '../../../workers/coordinator-protocol';

export interface RunOutput {
  results: Results;
  /** Milliseconds per stage, as the engine reports them. */
  timings?: unknown;
}

export interface EnginePort {
  run(scenario: Scenario, options: { signal?: AbortSignal; onProgress?: (progress: unknown) => void }): Promise<RunOutput>;
  /** The last run's per-person CSV of one policy, header first (the engine client streams it). */
  peopleCsv?(policyId: string, options?: { rows?: number; signal?: AbortSignal }): AsyncIterable<string>;
  /** Issue 14: questions about the last run's people (the coordinator client answers them). */
  inspect?<K extends InspectMethod>(name: K, ...args: Parameters<CoordinatorApi[K]>): Promise<InspectReplies[K]>;
  dispose(): void;
}

export interface RunProgress {
  stage: string;
  /** 0..1, or undefined when the engine did not say how far it is. */
  fraction: number | undefined;
}

/**
 * Reads a progress report whatever its exact shape: `{ stage, fraction }`, `{ stage, done, total }`
 * or `{ stage, step, steps }`.
 */
export function readProgress(report: unknown): RunProgress {
  const r = (report ?? {}) as Record<string, unknown>;
  const base = typeof r.stage === 'string' ? r.stage : typeof r.label === 'string' ? r.label : 'running';
  const stage = typeof r.policy === 'string' ? `${base}: ${r.policy}` : base;
  const num = (k: string) => (typeof r[k] === 'number' && Number.isFinite(r[k]) ? (r[k] as number) : undefined);
  const fraction = num('fraction') ?? ratio(num('done'), num('total')) ?? ratio(num('step'), num('steps'));
  return { stage, fraction: fraction === undefined ? undefined : Math.min(1, Math.max(0, fraction)) };
}

function ratio(a: number | undefined, b: number | undefined): number | undefined {
  return a !== undefined && b !== undefined && b > 0 ? a / b : undefined;
}
