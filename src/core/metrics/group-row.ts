/**
 * One group's metrics from its merged counts (docs/architecture.md §3). Undefined rates and ratios are null
 * (see rates.ts). Rates carry 95% Wilson intervals; the three ratios carry Katz log intervals
 * (ratio-interval.ts): disparate impact and impact ratio against their (disjoint) comparison
 * group, the representation ratio through the group against the rest of the population.
 */
import { groupMetricValues, lowCountMetrics, RATES } from '../results/group-metrics';
import type { AuditMetric, GroupRow, Interval } from '../results/types';
import type { GroupCounts } from './group-counts';
import { ratio } from './rates';
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

const selectionRateOf = RATES.selectionRate;

export function referenceRates(c: GroupCounts): ReferenceRates {
  return { selectionRate: RATES.selectionRate(c), tpr: RATES.tpr(c), fpr: RATES.fpr(c) };
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
  const rr = againstOverall(c, all, ratio(selectionRate, overallRate), ctx.band);
  const diValue = ratio(selectionRate, ctx.reference.selectionRate);
  const di = ctx.referenceCounts === null ? againstOverall(c, all, diValue, ctx.band) : againstGroup(c, ctx.referenceCounts, diValue, isReference, ctx.band);
  const ir = againstGroup(c, ctx.highest, ctx.highest ? ratio(selectionRate, selectionRateOf(ctx.highest)) : null, isHighest, ctx.band);
  const judged = ctx.metric === 'representationRatio' ? rr : ctx.metric === 'disparateImpact' ? di : ir;
  const judgement = judge(judged.value, c.n, ctx, judged.interval, judged.tests);
  const metrics = groupMetricValues({
    c,
    all,
    reference: ctx.reference,
    representationRatio: rr.value,
    disparateImpact: di.value,
    impactRatio: ir.value,
  });
  return {
    attribute,
    group,
    label,
    isReference,
    ...metrics,
    verdict: judgement.verdict,
    rawVerdict: judgement.verdict,
    leaning: judgement.leaning,
    pValue: judgement.pValue,
    adjustedPValue: judgement.pValue,
    intervalKind: 'wilson-katz',
    harm: isHarm(judgement.verdict, ctx.offer),
    lowCount: lowCountMetrics(c, ctx.minCount),
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
