/** What every policy step needs: the runner, the scenario, cancellation, and fitted models to share. */
import type { AbortSignalLike, ChunkRunner } from '../engine/runner';
import type { Scenario } from '../scenario/types';
import type { SelectionBudget } from '../selection';
import type { ModelSummary } from './outcome';

/** A policy's scores, ready for selection. */
export interface ScoredPolicy {
  /** Store key of the Float32Array score (NaN = not a candidate). */
  scoreKey: string;
  /** Store key of the model's predicted probability per person (scoring policies only). */
  probKey?: string;
  candidates: number;
  notes: string[];
  model?: ModelSummary;
}

export interface PolicyContext {
  readonly runner: ChunkRunner;
  readonly scenario: Scenario;
  /** The campaign budget resolved for this run (a share of the eligible is a number of people here). */
  readonly budget: SelectionBudget;
  readonly signal?: AbortSignalLike;
  /** Scored policies by id, so a fairness wrapper reuses its base's model and scores. */
  readonly scored: Map<string, ScoredPolicy>;
}
