/** What every policy step needs: the runner, the scenario, cancellation, and fitted models to share. */
import type { AbortSignalLike } from '../engine/chunk-state';
import type { StoreKey } from '../engine/chunk-store';
import type { ChunkRunner } from '../engine/runner';
import type { Scenario } from '../scenario/types';
import type { SelectionBudget } from '../selection';
import type { ModelSummary } from './outcome';
import type { FeatureSpec, RowSource } from '../models';

/** A policy's scores, ready for selection. */
export interface ScoredPolicy {
  /** Store key of the Float32Array score (NaN = not a candidate). */
  scoreKey: StoreKey<Float32Array>;
  /** Store key of the model's predicted probability per person (scoring policies only). */
  probKey?: StoreKey<Float32Array>;
  candidates: number;
  notes: string[];
  model?: ModelSummary;
  /** Learned policies: the fitted model with its encoding (for explanations and model cards). */
  fit?: ModelFit;
}

export interface PolicyContext {
  readonly runner: ChunkRunner;
  readonly scenario: Scenario;
  /** The campaign budget resolved for this run (a share of the eligible is a number of people here). */
  readonly budget: SelectionBudget;
  readonly signal?: AbortSignalLike;
  /** Scored policies by id, so a fairness wrapper reuses its base's model and scores. */
  readonly scored: Map<string, ScoredPolicy>;
  /**
   * Settles when the history (the past campaign's mask, labels and seed audience) is in the
   * stores: it may still be running while policies that do not read it run (policies/run.ts).
   * Absent = already there.
   */
  readonly history?: Promise<unknown>;
}

/** What explains a fitted model afterwards (explain/): its encoding, training rows and penalty. */
export interface ModelFit {
  /** The spec with the training rows' means and SDs (how `prob:<id>` was scored). */
  spec: FeatureSpec;
  intercept: number;
  coefficients: Float64Array;
  sources: RowSource[];
  l2: number;
  /** Score = p̂ / price (auction delivery) rather than p̂. */
  perPrice: boolean;
}
