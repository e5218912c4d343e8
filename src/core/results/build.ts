/**
 * Assembles `Results` from the merged audit counts and what the policy step reported. The policy
 * step's extras (model, thresholds, pacing, added cost, notes) are copied through as given.
 */
import { categoricalById } from '../inference/derived';
import type { CategoricalAttribute, Scenario } from '../scenario/types';
import type { Seed } from '../random/stream';
import { readCounts } from '../metrics/group-counts';
import { attributeCellCount } from '../metrics/histogram';
import { policyTotals } from './group-metrics';
import type { MergedAudit } from '../metrics/run-audit';
import { applyMultiplicity } from '../metrics/multiplicity';
import { sliceResult, type SliceContext } from '../metrics/slice';
import { markUnseenGroups } from './unseen-groups';
import { scenarioHash } from './hash';
import { peopleSample } from './people-sample';
import {
  RESULTS_FORMAT,
  RESULTS_VERSION,
  type AuditedAttribute,
  type PolicyResult,
  type PolicyTotals,
  type Results,
  type AddedCost,
  type ModelSummary,
  type PolicyThreshold,
  type PolicyType,
  type ScoreHistogram,
} from './types';

/** The part of a policy step's outcome the results copy (a `PolicyOutcome` fits). */
export interface PolicyOutcomeLike {
  id: string;
  label?: string;
  type: PolicyType;
  reached: number;
  spend: number;
  candidates?: number;
  notes?: string[];
  model?: ModelSummary;
  thresholds?: PolicyThreshold[];
  pacing?: Record<string, number>;
  addedCost?: AddedCost;
}

export interface BuildResultsInput {
  scenario: Scenario;
  audit: MergedAudit;
  /** Per policy, matched by id; a policy without one gets no extras. */
  outcomes?: readonly PolicyOutcomeLike[];
  /** e.g. `fairground 0.1.0`. */
  engine?: string;
  /** The seed this run used (default: the scenario's). */
  seed?: Seed;
}

export const DEFAULT_ENGINE = 'fairground 0.1.0';

/** How the intervals of a run are made, in words (results.json says it beside the numbers). */
export const INTERVAL_METHODS = {
  rates: '95% Wilson score interval',
  ratios: '95% Katz log interval (representation ratio: the group against the rest of the population)',
  replicates: "learned policies with 2 or more replicates: 95% Student-t interval for the mean over replicate seeds (includes the model's re-fitting noise)",
} as const;

function totalsOf(audit: MergedAudit, policy: number): PolicyTotals {
  return policyTotals(readCounts(audit.counts, audit.plan.cellCount, policy, 0));
}

function histogramsOf(audit: MergedAudit, policy: number): ScoreHistogram[] {
  const { plan, bins, ranges, histograms } = audit;
  const A = attributeCellCount(plan);
  const lo = ranges[2 * policy] as number;
  const hi = ranges[2 * policy + 1] as number;
  if (!(hi >= lo)) return [];
  const out: ScoreHistogram[] = [];
  let cellStart = 0;
  for (const slice of plan.slices) {
    if (slice.kind !== 'attribute') continue;
    out.push({
      attribute: slice.key,
      min: lo,
      max: hi,
      bins,
      groups: slice.groupIds.map((group, k) => {
        const at = (policy * A + cellStart + k) * bins;
        return { group, label: slice.labels[k] as string, counts: Array.from(histograms.subarray(at, at + bins)) };
      }),
    });
    cellStart += slice.groupIds.length;
  }
  return out;
}

function extras(outcome: PolicyOutcomeLike | undefined): Partial<PolicyResult> {
  if (!outcome) return {};
  const out: Partial<PolicyResult> = {};
  if (outcome.candidates !== undefined) out.candidates = outcome.candidates;
  if (outcome.model !== undefined) out.model = outcome.model;
  if (outcome.thresholds !== undefined) out.thresholds = outcome.thresholds;
  if (outcome.pacing !== undefined) out.pacing = outcome.pacing;
  if (outcome.addedCost !== undefined) out.addedCost = outcome.addedCost;
  return out;
}

export function auditedAttributes(scenario: Scenario, audit: MergedAudit): AuditedAttribute[] {
  return audit.plan.slices
    .filter((s) => s.kind === 'attribute')
    .map((s) => {
      const a = categoricalById(scenario, s.key) as CategoricalAttribute;
      return {
        id: a.id,
        label: a.label ?? a.id,
        categories: a.categories.map((c) => ({ id: c.id, label: c.label ?? c.id })),
      };
    });
}

export function buildResults(input: BuildResultsInput): Results {
  const { scenario, audit } = input;
  const a = scenario.audit;
  const ctx: SliceContext = {
    band: { low: a.band.low, high: a.band.high },
    minGroupSize: a.minGroupSize,
    minCount: a.minCount,
    offer: scenario.campaign.offer,
    metric: a.metric,
    reference: a.reference,
  };
  const policies: PolicyResult[] = audit.policies.map((id, p) => {
    const spec = scenario.policies.find((x) => x.id === id);
    const outcome = input.outcomes?.find((o) => o.id === id);
    const type = spec?.type ?? outcome?.type;
    if (!type) throw new Error(`the audit has policy "${id}", which the scenario does not have`);
    const slices = audit.plan.slices.map((slice) => sliceResult(audit.plan, slice, audit.counts, p, ctx));
    applyMultiplicity(slices.flatMap((s) => s.groups), a.multiplicity, ctx.offer);
    markUnseenGroups(slices, outcome?.model);
    return {
      id,
      label: spec?.label ?? outcome?.label ?? id,
      type,
      totals: totalsOf(audit, p),
      slices,
      scoreHistograms: histogramsOf(audit, p),
      notes: [...(outcome?.notes ?? [])],
      ...extras(outcome),
    };
  });
  return {
    format: RESULTS_FORMAT,
    version: RESULTS_VERSION,
    engine: input.engine ?? DEFAULT_ENGINE,
    scenario: { name: scenario.name, hash: scenarioHash(scenario) },
    seed: input.seed ?? scenario.seed,
    populationSize: scenario.population.size,
    replicates: 1,
    offer: scenario.campaign.offer,
    band: { ...ctx.band },
    metric: a.metric,
    multiplicity: a.multiplicity,
    intervalMethods: { ...INTERVAL_METHODS },
    reference: typeof a.reference === 'object' ? { ...a.reference } : a.reference,
    minGroupSize: a.minGroupSize,
    minCount: a.minCount,
    attributes: auditedAttributes(scenario, audit),
    intersections: a.intersections.map((x) => [...x]),
    policies,
    sample: peopleSample(scenario, audit),
  };
}
