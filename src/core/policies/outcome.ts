/** What a policy run reports besides its per-chunk score and selection columns. */
import type { UnseenCategory } from '../models/unseen-categories';
import type { PolicyType } from '../scenario/types';
import type { AddedCost } from './constraints/input';
import type { ModelTarget } from './types/descriptor';

export type { AddedCost } from './constraints/input';

/** A fitted model, with named coefficients: how the app explains why people were targeted. */
export interface ModelSummary {
  /** What the model predicts: conversion (propensity), click (delivery) or seed membership (lookalike). */
  target: ModelTarget;
  intercept: number;
  /** One per encoded column, e.g. `neighbourhood=south` (one-hot) or `income` (per SD). */
  features: { name: string; coefficient: number }[];
  trainingRows: number;
  /** Categories with no training rows (coefficient 0: scored as the attribute's first category). */
  unseen?: UnseenCategory[];
}

/** The lowest selected score of a group (`group: null` for one global cut). */
export interface PolicyThreshold {
  group: string | null;
  score: number;
}

export interface PolicyOutcome {
  id: string;
  label: string;
  type: PolicyType;
  /** People selected, and the money spent on them (Σ price). */
  reached: number;
  spend: number;
  /** People the policy could select (eligible, and consenting for personalised policies). */
  candidates: number;
  /** Plain-language remarks: shortfalls, fallbacks, convergence. */
  notes: string[];
  model?: ModelSummary;
  /** Lowest selected score per group (`group: null` for one global cut). */
  thresholds?: PolicyThreshold[];
  /** variance-reduction: per-group score multipliers it settled on, by category id. */
  pacing?: Record<string, number>;
  addedCost?: AddedCost;
}
