/** One policy's candidates and selection counted per group (category code); see group-stats.ts. */
export interface GroupStats {
  /** Eligible people per group (category code). */
  eligible: number[];
  /** People with a score (not NaN) per group. */
  candidates: number[];
  /** Selected people and their total price per group (zero when no selection key was given). */
  selected: number[];
  spend: number[];
  /** Σ predicted probability over candidates, and over the selected (for estimated TPR). */
  probCandidates: number[];
  probSelected: number[];
  /** Lowest and highest candidate score, and lowest selected score, per group (NaN if none). */
  minScore: number[];
  maxScore: number[];
  minSelectedScore: number[];
}
