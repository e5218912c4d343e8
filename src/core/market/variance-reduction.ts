/**
 * Variance reduction in the market, after Meta's VRS: between rounds the platform moves a
 * per-group bid multiplier so that the people the campaign has reached so far match the eligible
 * mix. A group under-reached gets a higher bid; where other advertisers contest that group, the
 * higher bid buys dearer impressions, so balancing raises the cost per person reached.
 */
import type { FairnessPolicy } from '../scenario/types';

/** Largest change of a multiplier in one round, and the range multipliers stay within. */
const STEP = 2;
const RANGE = 100;

export class GroupBidController {
  readonly multipliers: number[];

  constructor(readonly policy: FairnessPolicy, groups: number) {
    this.multipliers = new Array<number>(groups).fill(1);
  }

  /** Updates the multipliers from the cumulative reach and eligible counts per group (by code). */
  update(reached: readonly number[], eligible: readonly number[]): void {
    const totalReached = reached.reduce((a, b) => a + b, 0);
    const totalEligible = eligible.reduce((a, b) => a + b, 0);
    if (totalReached === 0 || totalEligible === 0) return;
    let distance = 0;
    reached.forEach((r, g) => (distance += Math.abs(r / totalReached - (eligible[g] as number) / totalEligible) / 2));
    if (distance <= this.policy.tolerance) return;
    reached.forEach((r, g) => {
      const want = (eligible[g] as number) / totalEligible;
      if (want === 0) return;
      const have = r / totalReached;
      const step = have > 0 ? Math.min(STEP, Math.max(1 / STEP, want / have)) : STEP;
      this.multipliers[g] = Math.min(RANGE, Math.max(1 / RANGE, (this.multipliers[g] as number) * step));
    });
  }
}
