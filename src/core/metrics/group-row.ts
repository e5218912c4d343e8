/**
 * One group's metrics from its merged counts (docs/architecture.md §3). Undefined rates and ratios are null
 * (see rates.ts); intervals are 95% Wilson intervals, and the representation-ratio and
 * disparate-impact intervals are the selection-rate interval divided by the overall or reference
 * selection rate, held fixed.
 */
import type { GroupRow } from '../results/types';
import type { GroupCounts } from './group-counts';
import { difference, rate, ratio } from './rates';
import { isHarm, verdictOf, type VerdictRules } from './verdict';
import { scaleInterval, wilsonInterval } from './wilson';

/** The reference rates a group is compared with: a reference group's, or the overall ones. */
export interface ReferenceRates {
  selectionRate: number | null;
  tpr: number | null;
  fpr: number | null;
}

export interface RowContext extends VerdictRules {
  /** The overall row's counts (N, E, R, …). */
  overall: GroupCounts;
  reference: ReferenceRates;
  metric: 'representationRatio' | 'disparateImpact';
}

export function selectionRateOf(c: GroupCounts): number | null {
  return rate(c.reached, c.n);
}
export function tprOf(c: GroupCounts): number | null {
  return rate(c.truePositives, c.positives);
}
export function fprOf(c: GroupCounts): number | null {
  return rate(c.reached - c.truePositives, c.n - c.positives);
}

export function referenceRates(c: GroupCounts): ReferenceRates {
  return { selectionRate: selectionRateOf(c), tpr: tprOf(c), fpr: fprOf(c) };
}

/** max(|ΔTPR|, |ΔFPR|); null if either difference is undefined. */
function equalisedOdds(dTpr: number | null, dFpr: number | null): number | null {
  return dTpr === null || dFpr === null ? null : Math.max(Math.abs(dTpr), Math.abs(dFpr));
}

export function groupRow(
  attribute: string,
  group: string,
  label: string,
  c: GroupCounts,
  ctx: RowContext,
  isReference = false,
): GroupRow {
  const all = ctx.overall;
  const selectionRate = selectionRateOf(c);
  const overallRate = selectionRateOf(all);
  const tpr = tprOf(c);
  const fpr = fprOf(c);
  const representationRatio = ratio(selectionRate, overallRate);
  const disparateImpact = ratio(selectionRate, ctx.reference.selectionRate);
  const dTpr = difference(tpr, ctx.reference.tpr);
  const dFpr = difference(fpr, ctx.reference.fpr);
  const srInterval = wilsonInterval(c.reached, c.n);
  const rrInterval = scaleInterval(srInterval, overallRate);
  const diInterval = scaleInterval(srInterval, ctx.reference.selectionRate);
  const verdict =
    ctx.metric === 'representationRatio'
      ? verdictOf(representationRatio, c.n, ctx, rrInterval)
      : verdictOf(disparateImpact, c.n, ctx, diInterval);
  const low = (den: number) => den < ctx.minCount;
  const lowCount: GroupRow['lowCount'] = [];
  if (low(c.n)) lowCount.push('selectionRate');
  if (low(c.eligible)) lowCount.push('eligibleSelectionRate');
  if (low(c.positives)) lowCount.push('tpr');
  if (low(c.n - c.positives)) lowCount.push('fpr');
  if (low(c.reached)) lowCount.push('precision');
  return {
    attribute,
    group,
    label,
    isReference,
    n: c.n,
    eligible: c.eligible,
    reached: c.reached,
    positives: c.positives,
    truePositives: c.truePositives,
    expectedConversions: c.expectedConversions,
    cost: c.cost,
    selectionRate,
    eligibleSelectionRate: rate(c.reached, c.eligible),
    populationShare: rate(c.n, all.n),
    eligibleShare: rate(c.eligible, all.eligible),
    reachShare: rate(c.reached, all.reached),
    representationRatio,
    disparateImpact,
    statisticalParityDifference: difference(selectionRate, ctx.reference.selectionRate),
    tpr,
    fpr,
    precision: rate(c.truePositives, c.reached),
    equalOpportunityDifference: dTpr,
    equalisedOddsDifference: equalisedOdds(dTpr, dFpr),
    costPerReach: rate(c.cost, c.reached),
    costPerConversion: rate(c.cost, c.expectedConversions),
    verdict,
    harm: isHarm(verdict, ctx.offer),
    lowCount,
    intervals: {
      selectionRate: srInterval,
      eligibleSelectionRate: wilsonInterval(c.reached, c.eligible),
      tpr: wilsonInterval(c.truePositives, c.positives),
      fpr: wilsonInterval(c.reached - c.truePositives, c.n - c.positives),
      precision: wilsonInterval(c.truePositives, c.reached),
      representationRatio: rrInterval,
      disparateImpact: diInterval,
    },
  };
}
