/**
 * One group's metrics from its merged counts (docs/architecture.md §3). Undefined rates and ratios are null
 * (see rates.ts). Rates carry 95% Wilson intervals; the three ratios carry Katz log intervals
 * (ratio-interval.ts): disparate impact and impact ratio against their (disjoint) comparison
 * group, the representation ratio through the group against the rest of the population.
 */
import type { AuditMetric, GroupRow, Interval } from '../results/types';
import type { GroupCounts } from './group-counts';
import { difference, rate, ratio } from './rates';
import { bandPValues, katzLogRatio, logRatioInterval, representationInterval, restEdge, type LogRatio } from './ratio-interval';
import { isHarm, judge, type BandTests, type VerdictRules } from './verdict';
import { wilsonInterval } from './wilson';

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
  /** The reference group's counts; null when the reference is the overall rates. */
  referenceCounts: GroupCounts | null;
  /** The slice's highest-selection-rate judged group (impact ratio); null when there is none. */
  highest: GroupCounts | null;
  metric: AuditMetric;
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

/** A ratio's value, its interval and its one-sided tests against the band. */
interface RatioEstimate {
  value: number | null;
  interval: Interval;
  tests: BandTests | null;
}

/** The group against a disjoint comparison group (DI, IR); no interval for the comparison group itself. */
function againstGroup(c: GroupCounts, other: GroupCounts | null, value: number | null, isOther: boolean, band: VerdictRules['band']): RatioEstimate {
  if (value === null || other === null || isOther) return { value, interval: null, tests: null };
  const log: LogRatio | null = katzLogRatio(c.reached, c.n, other.reached, other.n);
  return { value, interval: logRatioInterval(log), tests: bandPValues(log, band.low, band.high) };
}

/** The group against the overall rate, through the group against the rest (RR, and DI against `overall`). */
function againstOverall(c: GroupCounts, all: GroupCounts, value: number | null, band: VerdictRules['band']): RatioEstimate {
  if (value === null) return { value, interval: null, tests: null };
  const interval = representationInterval(c.reached, c.n, all.reached, all.n);
  if (c.n >= all.n) return { value, interval, tests: null };
  const w = c.n / all.n;
  const log = katzLogRatio(c.reached, c.n, all.reached - c.reached, all.n - c.n);
  return { value, interval, tests: bandPValues(log, restEdge(band.low, w), restEdge(band.high, w)) };
}

export function groupRow(
  attribute: string,
  group: string,
  label: string,
  c: GroupCounts,
  ctx: RowContext,
  isReference = false,
  isHighest = false,
): GroupRow {
  const all = ctx.overall;
  const selectionRate = selectionRateOf(c);
  const overallRate = selectionRateOf(all);
  const tpr = tprOf(c);
  const fpr = fprOf(c);
  const rr = againstOverall(c, all, ratio(selectionRate, overallRate), ctx.band);
  const diValue = ratio(selectionRate, ctx.reference.selectionRate);
  const di = ctx.referenceCounts === null ? againstOverall(c, all, diValue, ctx.band) : againstGroup(c, ctx.referenceCounts, diValue, isReference, ctx.band);
  const ir = againstGroup(c, ctx.highest, ctx.highest ? ratio(selectionRate, selectionRateOf(ctx.highest)) : null, isHighest, ctx.band);
  const dTpr = difference(tpr, ctx.reference.tpr);
  const dFpr = difference(fpr, ctx.reference.fpr);
  const judged = ctx.metric === 'representationRatio' ? rr : ctx.metric === 'disparateImpact' ? di : ir;
  const judgement = judge(judged.value, c.n, ctx, judged.interval, judged.tests);
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
    representationRatio: rr.value,
    disparateImpact: di.value,
    impactRatio: ir.value,
    statisticalParityDifference: difference(selectionRate, ctx.reference.selectionRate),
    tpr,
    fpr,
    precision: rate(c.truePositives, c.reached),
    equalOpportunityDifference: dTpr,
    equalisedOddsDifference: equalisedOdds(dTpr, dFpr),
    costPerReach: rate(c.cost, c.reached),
    costPerConversion: rate(c.cost, c.expectedConversions),
    verdict: judgement.verdict,
    rawVerdict: judgement.verdict,
    leaning: judgement.leaning,
    pValue: judgement.pValue,
    adjustedPValue: judgement.pValue,
    intervalKind: 'wilson-katz',
    harm: isHarm(judgement.verdict, ctx.offer),
    lowCount,
    intervals: {
      selectionRate: wilsonInterval(c.reached, c.n),
      eligibleSelectionRate: wilsonInterval(c.reached, c.eligible),
      tpr: wilsonInterval(c.truePositives, c.positives),
      fpr: wilsonInterval(c.reached - c.truePositives, c.n - c.positives),
      precision: wilsonInterval(c.truePositives, c.reached),
      representationRatio: rr.interval,
      disparateImpact: di.interval,
      impactRatio: ir.interval,
    },
  };
}
