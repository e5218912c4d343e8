/**
 * What the app needs from the engine client (`createEngine` in workers/): run a scenario with a
 * signal and progress reports, and dispose of the workers. The app takes any object of this shape,
 * so component tests pass a stand-in and the shell passes the real Web Worker client.
 */
import type { RunProgress } from '../../core/engine/run';
import type { Results } from '../../core/results/types';
import type { Scenario } from '../../core/scenario/types';
import type { CoordinatorApi, InspectMethod, InspectReplies } from '../../../workers/coordinator-protocol';

export interface RunOutput {
  results: Results;
  /** Milliseconds per stage, as the engine reports them. */
  timings?: unknown;
}

export interface EnginePort {
  run(scenario: Scenario, options: { signal?: AbortSignal; onProgress?: (progress: RunProgress) => void }): Promise<RunOutput>;
  /** The last run's per-person CSV of one policy, header first (the engine client streams it). */
  peopleCsv?(policyId: string, options?: { rows?: number; signal?: AbortSignal }): AsyncIterable<string>;
  /** Issue 14: questions about the last run's people (the coordinator client answers them). */
  inspect?<K extends InspectMethod>(name: K, ...args: Parameters<CoordinatorApi[K]>): Promise<InspectReplies[K]>;
  dispose(): void;
}

/** What the run controls show: the stage in words and how far the run is. */
export interface ProgressLine {
  stage: string;
  /** 0..1, or undefined before the engine has said how far it is. */
  fraction: number | undefined;
}

/** The engine's progress report as the run controls show it: the stage, with the policy being run. */
export function progressLine(report: RunProgress): ProgressLine {
  const stage = report.policy !== undefined ? `${report.stage}: ${report.policy}` : report.stage;
  return { stage, fraction: Number.isFinite(report.fraction) ? Math.min(1, Math.max(0, report.fraction)) : undefined };
}
