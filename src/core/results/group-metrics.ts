/**
 * The metric table: every number of a group row and of a policy's totals, defined once, in the
 * order results.json and metrics.csv list them. The result types (`GroupMetricName`, the metric
 * fields of `GroupRow`, `PolicyTotals`), the group rows, the totals, the CSV rows, the replicate
 * spreads and the low-count flags are all derived from these two tables: a new derived metric is
 * one entry here (docs/architecture.md §3 says what each one means).
 *
 * Imports nothing but the division conventions, so the result types can be derived from it.
 */
import { difference, rate } from '../metrics/rates';

/** The additive counts of a cell: people, eligible, reached, potential converters P, reached converters TP, Σ p̂ and Σ price over the reached. */
export interface CellCounts {
  n: number;
  eligible: number;
  reached: number;
  positives: number;
  truePositives: number;
  expectedConversions: number;
  cost: number;
}

/** The rates the group rows and the totals share. */
export const RATES = {
  /** r / n. */
  selectionRate: (c: CellCounts) => rate(c.reached, c.n),
  /** r / e: the rate among the people the policy could act on. */
  eligibleSelectionRate: (c: CellCounts) => rate(c.reached, c.eligible),
  /** TP / P. */
  tpr: (c: CellCounts) => rate(c.truePositives, c.positives),
  /** (r − TP) / (n − P). */
  fpr: (c: CellCounts) => rate(c.reached - c.truePositives, c.n - c.positives),
  /** TP / r. */
  precision: (c: CellCounts) => rate(c.truePositives, c.reached),
  /** cost / r. */
  costPerReach: (c: CellCounts) => rate(c.cost, c.reached),
  /** cost / expected conversions. */
  costPerConversion: (c: CellCounts) => rate(c.cost, c.expectedConversions),
} as const;

/** The counts in words. */
const COUNT_LABELS: Record<keyof CellCounts, string> = {
  n: 'People',
  eligible: 'Eligible',
  reached: 'People reached',
  positives: 'Potential converters',
  truePositives: 'Reached converters',
  expectedConversions: 'Expected conversions',
  cost: 'Cost',
};

/** What a group's metrics are computed from (group-row.ts computes the three ratios with their intervals). */
export interface RowMeasures {
  c: CellCounts;
  /** The whole population's counts (N, E, R, …). */
  all: CellCounts;
  /** The rates the differences compare against: the reference group's, or the overall ones. */
  reference: { selectionRate: number | null; tpr: number | null; fpr: number | null };
  representationRatio: number | null;
  disparateImpact: number | null;
  impactRatio: number | null;
}

interface MetricEntry<Name extends string, Value extends number | null, Input> {
  readonly name: Name;
  /** The metric's name in words, as charts' data tables, the CLI and the report show it. */
  readonly label: string;
  readonly value: (input: Input) => Value;
}

/** A rate of a group row, with its denominator: below `minCount` the rate is flagged in `lowCount`. */
interface RateEntry<Name extends string> extends MetricEntry<Name, number | null, RowMeasures> {
  readonly lowCountOf: (c: CellCounts) => number;
}

const entry = <Name extends string, Value extends number | null, Input>(name: Name, label: string, value: (input: Input) => Value): MetricEntry<Name, Value, Input> => ({
  name,
  label,
  value,
});

const rateEntry = <Name extends keyof typeof RATES>(name: Name, label: string, lowCountOf: (c: CellCounts) => number): RateEntry<Name> => ({
  name,
  label,
  value: (m) => RATES[name](m.c),
  lowCountOf,
});

const count = <Name extends keyof CellCounts>(name: Name) => entry(name, COUNT_LABELS[name], (m: RowMeasures) => m.c[name]);
const share = (of: (c: CellCounts) => number) => (m: RowMeasures) => rate(of(m.c), of(m.all));

/** max(|ΔTPR|, |ΔFPR|); null if either difference is undefined. */
function equalisedOdds(m: RowMeasures): number | null {
  const dTpr = difference(RATES.tpr(m.c), m.reference.tpr);
  const dFpr = difference(RATES.fpr(m.c), m.reference.fpr);
  return dTpr === null || dFpr === null ? null : Math.max(Math.abs(dTpr), Math.abs(dFpr));
}

/** Every numeric metric of a group row, in results.json and metrics.csv order. */
export const GROUP_METRIC_TABLE = [
  count('n'),
  count('eligible'),
  count('reached'),
  count('positives'),
  count('truePositives'),
  count('expectedConversions'),
  count('cost'),
  rateEntry('selectionRate', 'Selection rate', (c) => c.n),
  rateEntry('eligibleSelectionRate', 'Selection rate among the eligible', (c) => c.eligible),
  /** n / N, e / E, r / R. */
  entry('populationShare', 'Population share', share((c) => c.n)),
  entry('eligibleShare', 'Share of the eligible', share((c) => c.eligible)),
  entry('reachShare', 'Reach share', share((c) => c.reached)),
  /** reach share / population share (= SR / SR overall). */
  entry('representationRatio', 'Representation ratio', (m: RowMeasures) => m.representationRatio),
  /** SR / SR of the reference. */
  entry('disparateImpact', 'Disparate impact', (m: RowMeasures) => m.disparateImpact),
  /** SR / highest SR among the slice's judged groups (29 CFR 1607.4(D), NYC LL 144 impact ratio). */
  entry('impactRatio', 'Impact ratio', (m: RowMeasures) => m.impactRatio),
  /** SR − SR of the reference. */
  entry('statisticalParityDifference', 'Statistical parity difference', (m: RowMeasures) => difference(RATES.selectionRate(m.c), m.reference.selectionRate)),
  rateEntry('tpr', 'True-positive rate', (c) => c.positives),
  rateEntry('fpr', 'False-positive rate', (c) => c.n - c.positives),
  rateEntry('precision', 'Precision', (c) => c.reached),
  /** TPR − TPR of the reference. */
  entry('equalOpportunityDifference', 'Equal-opportunity difference', (m: RowMeasures) => difference(RATES.tpr(m.c), m.reference.tpr)),
  /** max(|TPR − TPR ref|, |FPR − FPR ref|). */
  entry('equalisedOddsDifference', 'Equalised-odds difference', equalisedOdds),
  entry('costPerReach', 'Cost per person reached', (m: RowMeasures) => RATES.costPerReach(m.c)),
  entry('costPerConversion', 'Cost per expected conversion', (m: RowMeasures) => RATES.costPerConversion(m.c)),
] as const;

type GroupEntry = (typeof GROUP_METRIC_TABLE)[number];

/** Metrics of a group row that are numbers (and so get a spread over replicates). */
export type GroupMetricName = GroupEntry['name'];
/** The metric fields of a group row, as the table computes them. */
export type GroupMetricValues = { [E in GroupEntry as E['name']]: ReturnType<E['value']> };
/** The rates flagged when their denominator is below `minCount`. */
export type LowCountMetric = Extract<GroupEntry, RateEntry<string>>['name'];

/** Every numeric metric of a group row, in the order the CSV lists them. */
export const GROUP_METRICS: readonly GroupMetricName[] = GROUP_METRIC_TABLE.map((e) => e.name);

/** The metric fields of one group row, in table order. */
export function groupMetricValues(m: RowMeasures): GroupMetricValues {
  return Object.fromEntries(GROUP_METRIC_TABLE.map((e) => [e.name, e.value(m)])) as GroupMetricValues;
}

/** The rates of one group whose denominator is below `minCount`, in table order. */
export function lowCountMetrics(c: CellCounts, minCount: number): LowCountMetric[] {
  const low: LowCountMetric[] = [];
  for (const e of GROUP_METRIC_TABLE) if ('lowCountOf' in e && e.lowCountOf(c) < minCount) low.push(e.name);
  return low;
}

const total = <Name extends keyof CellCounts>(name: Name) => entry(name, COUNT_LABELS[name], (c: CellCounts) => c[name]);

/** A policy's totals (its overall cell), in results.json and metrics.csv order. */
export const POLICY_TOTAL_TABLE = [
  total('n'),
  total('eligible'),
  total('reached'),
  total('positives'),
  /** Σ price over the reached. */
  total('cost'),
  total('expectedConversions'),
  /** Reached potential converters (TP). */
  entry('realisedConversions', 'Realised conversions', (c: CellCounts) => c.truePositives),
  entry('selectionRate', 'Selection rate', RATES.selectionRate),
  entry('tpr', 'True-positive rate', RATES.tpr),
  entry('fpr', 'False-positive rate', RATES.fpr),
  entry('precision', 'Precision', RATES.precision),
  entry('costPerReach', 'Cost per person reached', RATES.costPerReach),
  /** cost / expected conversions. */
  entry('costPerConversion', 'Cost per expected conversion', RATES.costPerConversion),
  /** cost / realised conversions. */
  entry('costPerRealisedConversion', 'Cost per realised conversion', (c: CellCounts) => rate(c.cost, c.truePositives)),
] as const;

type TotalEntry = (typeof POLICY_TOTAL_TABLE)[number];

export type PolicyTotals = { [E in TotalEntry as E['name']]: ReturnType<E['value']> };

export function policyTotals(c: CellCounts): PolicyTotals {
  return Object.fromEntries(POLICY_TOTAL_TABLE.map((e) => [e.name, e.value(c)])) as PolicyTotals;
}

type TotalName = TotalEntry['name'];

const LABELS: Readonly<Record<GroupMetricName | TotalName, string>> = Object.fromEntries(
  [...GROUP_METRIC_TABLE, ...POLICY_TOTAL_TABLE].map((e) => [e.name, e.label]),
) as Record<GroupMetricName | TotalName, string>;

/** A group metric's or policy total's name in words, from the tables above (one place for the words too). */
export function metricLabel(name: GroupMetricName | TotalName): string {
  return LABELS[name];
}
