/** What a policy run reports besides its per-chunk score and selection columns. */
import type { UnseenCategory } from '../models/unseen-categories';

/** A fitted model, with named coefficients: how the app explains why people were targeted. */
export interface ModelSummary {
  /** What the model predicts: conversion (propensity), click (delivery) or seed membership (lookalike). */
  target: 'conversion' | 'click' | 'seed';
  intercept: number;
  /** One per encoded column, e.g. `neighbourhood=south` (one-hot) or `income` (per SD). */
  features: { name: string; coefficient: number }[];
  trainingRows: number;
  /** Categories with no training rows (coefficient 0: scored as the attribute's first category). */
  unseen?: UnseenCategory[];
}

export interface PolicyOutcome {
  id: string;
  label: string;
  type: 'random' | 'rules' | 'propensity' | 'lookalike' | 'delivery' | 'fairness';
  /** People selected, and the money spent on them (Σ price). */
  reached: number;
  spend: number;
  /** People the policy could select (eligible, and consenting for personalised policies). */
  candidates: number;
  /** Plain-language remarks: shortfalls, fallbacks, convergence. */
  notes: string[];
  model?: ModelSummary;
  /** Lowest selected score per group (`group: null` for one global cut). */
  thresholds?: { group: string | null; score: number }[];
  /** variance-reduction: per-group score multipliers it settled on, by category id. */
  pacing?: Record<string, number>;
  /** variance-reduction: cost per person reached with the constraint and with its base policy alone. */
  addedCost?: { costPerReach: number | null; baseCostPerReach: number | null };
}
