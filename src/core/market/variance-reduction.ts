/**
 * Variance reduction in the market, after Meta's VRS: between rounds the platform moves a
 * per-group bid multiplier so that the people the campaign has reached so far match the eligible
 * mix. A group under-reached gets a higher bid; where other advertisers contest that group, the
 * higher bid buys dearer impressions, so balancing raises the cost per person reached.
 */
import type { FairnessPolicy } from '../scenario/types';

/**
 * How strongly a group's bid follows its shortfall: multiplier = (wanted share ÷ reached share)^GAIN
 * of the cumulative reach, within [1/RANGE, RANGE]. It has no memory of earlier multipliers, so
 * it cannot wind up past the target: a group over-reached so far is bid down the next round.
 */
const GAIN = 2;
const RANGE = 10;

export class GroupBidController {
  readonly multipliers: number[];

  constructor(readonly policy: FairnessPolicy, groups: number) {
    this.multipliers = new Array<number>(groups).fill(1);
  }

  /** Sets the multipliers from the cumulative reach and eligible counts per group (by code). */
  update(reached: readonly number[], eligible: readonly number[]): void {
    const totalReached = reached.reduce((a, b) => a + b, 0);
    const totalEligible = eligible.reduce((a, b) => a + b, 0);
    if (totalReached === 0 || totalEligible === 0) return;
    let distance = 0;
    reached.forEach((r, g) => (distance += Math.abs(r / totalReached - (eligible[g] as number) / totalEligible) / 2));
    reached.forEach((r, g) => {
      const want = (eligible[g] as number) / totalEligible;
      const have = r / totalReached;
      const m = distance <= this.policy.tolerance || want === 0 ? 1 : have > 0 ? (want / have) ** GAIN : RANGE;
      this.multipliers[g] = Math.min(RANGE, Math.max(1 / RANGE, m));
    });
  }
}
