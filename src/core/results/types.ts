/**
 * The results of a run (`results.json`, docs/architecture.md §4): what the CLI writes, what the UI draws and what
 * `metricsCsv` flattens. Plain JSON data only.
 *
 * Undefined values: a rate or ratio whose denominator is zero (no one in it) is `null`, never NaN or
 * Infinity, so the JSON is valid and the meaning is explicit. See `src/core/metrics/rates.ts`.
 */
import type { AddedCost, ModelSummary, PolicyThreshold } from '../policies/outcome';
import type { PolicyType } from '../scenario/types';
import type { AuditMetric, IntervalKind, Leaning, Multiplicity, Spread, Verdict } from './verdict-types';
import type { RoundsResults } from './rounds-types';
import type { GroupMetricName, GroupMetricValues, LowCountMetric, PolicyTotals } from './group-metrics';
import type { InferredAttributeResult } from './inferred-types';

export const RESULTS_FORMAT = 'fairground.results';
export const RESULTS_VERSION = 1;

/** A 95% interval [low, high]; `null` when the value it bounds is undefined. */
export type Interval = [number, number] | null;

export type { AuditMetric, IntervalKind, Leaning, Multiplicity, Spread, Verdict } from './verdict-types';
export type { AddedCost, ModelSummary, PolicyThreshold } from '../policies/outcome';
export type { PolicyType } from '../scenario/types';

/** The rates and ratios of a group row that carry a Wilson (rates) or Katz log (ratios) interval. */
export interface GroupIntervals {
  selectionRate: Interval;
  eligibleSelectionRate: Interval;
  tpr: Interval;
  fpr: Interval;
  precision: Interval;
  /**
   * Katz log interval of the group against the rest of the population, mapped to RR (the overall
   * rate contains the group, so the two are not independent).
   */
  representationRatio: Interval;
  /** Katz log interval against the reference group; null for the reference itself (DI = 1 by definition). */
  disparateImpact: Interval;
  /** Katz log interval against the slice's highest-rate group; null for that group (IR = 1). */
  impactRatio?: Interval;
}

export type { GroupMetricName, PolicyTotals } from './group-metrics';

/**
 * One group of one slice (an attribute or an intersection) under one policy. The fields marked
 * optional that came with the verdict statistics (impactRatio and its interval, rawVerdict, leaning, pValue,
 * adjustedPValue, intervalKind) are always set by `buildResults`; they are optional only so that
 * hand-made results (test fixtures, files from before them) still type-check.
 */
/** The counts, rates, shares, ratios and differences of a group row come from the metric table (group-metrics.ts). */
export interface GroupRow extends Omit<GroupMetricValues, 'impactRatio'> {
  /** Attribute id, or attribute ids joined by `×` for an intersection (`gender×age`). */
  attribute: string;
  /** Category id, or category ids joined by `|` for an intersection (`f|25-34`). */
  group: string;
  /** Category label(s), joined by ` · ` for an intersection. */
  label: string;
  /** True for the reference group of disparate impact and the differences. */
  isReference: boolean;
  /** SR / highest SR among the slice's judged groups; always set by `buildResults` (see above). */
  impactRatio?: number | null;
  /** The verdict after the multiplicity control (see `Verdict`). */
  verdict: Verdict;
  /** The verdict from this row's interval alone, before the multiplicity control. */
  rawVerdict?: Verdict;
  /** For `uncertain`: which side of parity the estimate lies; otherwise null. */
  leaning?: Leaning | null;
  /**
   * Two-sided p-value of "the verdict metric lies outside the band" (2 × the smaller one-sided
   * p-value against the band's edges); null when the row is not judged on an interval.
   */
  pValue?: number | null;
  /** `pValue` adjusted across the policy's cells (`multiplicity`); equal to it with `none`. */
  adjustedPValue?: number | null;
  /** What the verdict metric's interval is (`intervals`, or `spread` for `replicates`). */
  intervalKind?: IntervalKind;
  /** A learned policy's model never saw this group's category (or one of them) in its training rows. */
  unseenInTraining?: boolean;
  /** True when the verdict is the harm of the campaign's offer (opportunity: excluded; risk: over-targeted). */
  harm: boolean;
  /** Rates whose denominator is below `minCount` (shown, but not to be trusted). */
  lowCount: LowCountMetric[];
  intervals: GroupIntervals;
  /** With replicates > 1: each metric's mean, t-interval and prediction interval across replicates. */
  spread?: Partial<Record<GroupMetricName, Spread>>;
}

export interface SliceResult {
  /** `gender`, or `gender×age` for an intersection. */
  attribute: string;
  kind: 'attribute' | 'intersection';
  /** The attribute ids of the slice (one, or two or three for an intersection). */
  attributes: string[];
  /** Group id of the reference group, or `overall`. */
  reference: string;
  /** Why the reference differs from the one asked for (e.g. the asked-for group reached no one). */
  referenceNote?: string;
  /** Group id of the highest selection rate among judged groups (impact ratio's denominator); null if none. */
  highest?: string | null;
  /** ½ Σ_g |reach share − eligible share| (total variation); null if no one was reached or eligible. */
  mixDistance: number | null;
  /** Groups in category order (the last attribute varies fastest for intersections). */
  groups: GroupRow[];
  /** Group ids judged (not too small, defined RR), worst first by |log RR|. */
  ranking: string[];
  spread?: { mixDistance?: Spread };
}

/** Score counts per group of one audited attribute, over the policy's score range. */
export interface ScoreHistogram {
  attribute: string;
  /** Bins split [min, max] evenly; the last bin includes max. Non-candidates (NaN) are not counted. */
  min: number;
  max: number;
  bins: number;
  groups: { group: string; label: string; counts: number[] }[];
}

export type PolicyTotalName = keyof PolicyTotals;

export interface PolicyResult {
  id: string;
  label: string;
  type: PolicyType;
  totals: PolicyTotals;
  slices: SliceResult[];
  /** One per audited attribute (not intersections). */
  scoreHistograms: ScoreHistogram[];
  notes: string[];
  /** People the policy could select (eligible, and consenting for personalised policies), if reported. */
  candidates?: number;
  /** Copied through from the policy step: the fitted model (learned policies). */
  model?: ModelSummary;
  /** Lowest selected score per group (`group: null` for one global cut). */
  thresholds?: PolicyThreshold[];
  /** variance-reduction: per-group score multipliers it settled on, by category id. */
  pacing?: Record<string, number>;
  /** variance-reduction: cost per person reached with the constraint and with its base alone. */
  addedCost?: AddedCost;
  /** With replicates > 1. */
  spread?: Partial<Record<PolicyTotalName, Spread>>;
}

/** The first people by global index, columnar, for the "people as dots" view. */
export interface PeopleSample {
  count: number;
  /** Categorical attribute id → category id per person. */
  categories: Record<string, string[]>;
  /** Numeric attribute id → true value per person. */
  values: Record<string, number[]>;
  /** Potential conversion y (0/1). */
  converts: number[];
  /** Policy id → 0/1 per person. */
  selected: Record<string, number[]>;
  /** Policy id → score per person; null where not a candidate. */
  score: Record<string, (number | null)[]>;
}

export interface AuditedAttribute {
  id: string;
  label: string;
  categories: { id: string; label: string }[];
}

export interface Results {
  format: typeof RESULTS_FORMAT;
  version: typeof RESULTS_VERSION;
  /** Engine name and version, e.g. `fairground 0.1.0`. */
  engine: string;
  scenario: { name: string; hash: string };
  seed: string | number;
  populationSize: number;
  replicates: number;
  offer: 'opportunity' | 'risk';
  band: { low: number; high: number };
  metric: AuditMetric;
  /** The multiplicity control applied to each policy's cells. */
  multiplicity?: Multiplicity;
  /** How intervals are made, in words (rates, ratios, replicates). */
  intervalMethods?: { rates: string; ratios: string; replicates: string };
  reference: 'largest' | 'overall' | Record<string, string>;
  minGroupSize: number;
  minCount: number;
  /** The audited categorical attributes, in audit order. */
  attributes: AuditedAttribute[];
  /** Intersections as attribute-id lists. */
  intersections: string[][];
  policies: PolicyResult[];
  sample: PeopleSample;
  /** Market scenarios only: every campaign round by round (rounds-types.ts). */
  rounds?: RoundsResults;
  /** Inferred attributes against the truth (issue 15); only when the scenario infers one. */
  inferred?: InferredAttributeResult[];
}
