/**
 * `results.inferred` (issue 15): for each inferred attribute, how its estimate compares with the
 * truth the synthetic population knows and no real audit does. Present only when the scenario has
 * inferred attributes (`derived`).
 */

export interface InferredGroupRow {
  group: string;
  label: string;
  /** People truly in the group, people the estimate assigns to it, and Σ posterior probability. */
  people: number;
  assigned: number;
  posterior: number;
}

export interface InferredPolicyGroup {
  group: string;
  /** Reached people truly in the group, assigned to it, and Σ posterior over the reached. */
  reached: number;
  reachedAssigned: number;
  reachedPosterior: number;
  /** Representation ratio (reach share ÷ population share) by the truth, the assigned estimate and the posterior sums. */
  ratio: number | null;
  assignedRatio: number | null;
  posteriorRatio: number | null;
  /** Estimate − truth: what an audit with the inferred attribute gets wrong. */
  assignedError: number | null;
  posteriorError: number | null;
}

export interface InferredPolicy {
  policyId: string;
  /** Share of the reached whose assigned category is their true one. */
  accuracy: number | null;
  /** Largest |assignedError| and |posteriorError| over the groups. */
  worstAssignedError: number | null;
  worstPosteriorError: number | null;
  groups: InferredPolicyGroup[];
}

export interface InferredAttributeResult {
  /** The inferred attribute's id, the true attribute it estimates, and the proxies it reads. */
  attribute: string;
  of: string;
  from: string[];
  assign: 'map' | 'sample';
  /** Share of the population whose assigned category is their true one. */
  accuracy: number | null;
  /** confusion[true code][assigned code]: people, over the whole population. */
  confusion: number[][];
  groups: InferredGroupRow[];
  policies: InferredPolicy[];
}
