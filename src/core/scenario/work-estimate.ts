/**
 * What a run of a valid scenario will cost, worked out from the parsed scenario before any person
 * is generated: people × columns (memory), policies × passes over the people (time), groups over
 * all audit slices (the count arrays and results.json grow with them), model parameters and
 * conditional-table rows. `checkWork` refuses what cannot be useful (see WORK_LIMITS); the CLI
 * prints the estimate and the app asks before a run above INTERACTIVE_BUDGET starts.
 *
 * The byte figures are estimates of the engine's columns, not measurements: they are meant to be
 * right within a factor of two, which is what a "this will take 3 GB" warning needs.
 */
import { categoricalById } from '../inference/derived';
import type { Issue } from './issues';
import { formatPath } from './issues';
import type { Attribute, Scenario } from './types';
import { checkMarketWork, estimateMarketWork } from './work-estimate-market';
import { isLearnedScoring, policyDescriptor } from '../policies/types/catalogue';
import { countText } from '../text/counts';

/** Caps on work that a file can ask for but no run can use; each is stated in its message. */
export const WORK_LIMITS = {
  /**
   * Groups in one audit slice. 4,096 = 64 × 64: any two attributes at the 64-category maximum fit,
   * and so does a three-way 16 × 16 × 16. Beyond it a heatmap's cells are smaller than a pixel and,
   * even at 10 million people, most groups fall under `minGroupSize`.
   */
  groupsPerSlice: 4_096,
  /** Groups over all slices: two full 64 × 64 intersections. The presets use at most 28. */
  groups: 8_192,
  /**
   * Group rows in results.json (groups × policies). Each row is about 0.6 kB of JSON, so 32,768
   * rows keep results.json near 20 MB and the per-chunk count arrays under 2 MB.
   */
  groupRows: 32_768,
  /**
   * Columns of one model's design matrix (one-hot categories + numeric features + intercept). Each
   * Newton step costs rows × parameters²; at 512 a 1-million-row history is ~2.6e11 multiply-adds
   * per step, already minutes of work. The presets' models have at most 30.
   */
  modelParameters: 512,
  /**
   * Bytes of one model's design matrix (training rows × parameters × 8), which the chunks hold
   * (over all workers) while the model is fitted. 2 GB is the default scenario's 10-million-person
   * history several times over.
   */
  modelMatrixBytes: 2e9,
  /** Multiply-adds of one Newton step (rows × parameters²): 1e11 is about a minute per step. */
  modelWork: 1e11,
} as const;

/**
 * The app runs a scenario without asking only below all of these. 4,000,000 person-passes is the
 * default scenario at its 100,000 people with replicates to spare, or 200,000 people with up to 18
 * policies (the people-count limit of automatic re-runs after an edit); 512 MB stays well clear of
 * a browser tab's memory ceiling.
 */
export const INTERACTIVE_BUDGET = {
  personPasses: 4_000_000,
  memoryBytes: 512 * 1024 * 1024,
  groupRows: 4_096,
} as const;

export interface SliceEstimate {
  /** `audit.attributes[0]`, `audit.intersections[2]` or, for default slices, `population.attributes[i]`. */
  readonly path: string;
  readonly attributes: readonly string[];
  /** Categories of each attribute, whose product is `groups`. */
  readonly radices: readonly number[];
  readonly groups: number;
}

export interface WorkEstimate {
  readonly people: number;
  readonly replicates: number;
  readonly policies: number;
  /** Bytes kept per person: attribute and behaviour columns plus each policy's scores and masks. */
  readonly bytesPerPerson: number;
  /** Peak memory of the people's columns, all workers together (bytes). */
  readonly memoryBytes: number;
  /** people × replicates × (generation + history + one selection pass per policy). */
  readonly personPasses: number;
  readonly slices: readonly SliceEstimate[];
  /** Groups over all slices (the overall row not included). */
  readonly groups: number;
  /** groups × policies: rows of results.json. */
  readonly groupRows: number;
  /** Parameters of the largest model (0 when no policy fits one). */
  readonly modelParameters: number;
  /** The largest design matrix of any one model (bytes; models are fitted one after another). */
  readonly modelBytes: number;
  /** Rows of all conditional tables. */
  readonly tableRows: number;
  /** Market scenarios: the rounds and the ad opportunities of one round (work-estimate-market.ts). */
  readonly market?: { readonly rounds: number; readonly opportunitiesPerRound: number; readonly personPasses: number };
}

/** Bytes of the per-person columns, from `population/chunk.ts` and the policy tasks. */
const BYTES = {
  categorical: 1,
  /** true value (Float64) + observed value (Float32) */
  numeric: 12,
  /** conversion and click probabilities (Float32), outcomes, consent (Uint8), price (Float64) */
  behaviour: 4 + 4 + 1 + 1 + 1 + 8,
  /** a score (Float64), its sort key (Float64) and the selected mask (Uint8) */
  scoringPolicy: 17,
  /** the selected mask and the eligibility mask */
  otherPolicy: 2,
} as const;

export function estimateWork(scenario: Scenario): WorkEstimate {
  const attrs = scenario.population.attributes;
  const byId = new Map<string, Attribute>(attrs.map((a) => [a.id, a]));
  const people = scenario.population.size;
  const replicates = scenario.audit.replicates;
  const policies = scenario.policies.length;
  // Learned policies (and fairness wrappers) keep a probability and a score column per person.
  const scoring = scenario.policies.filter((p) => policyDescriptor(p.type)?.learned === true).length;
  // Derived attributes are one categorical column each; an inferred one adds a pass for results.inferred.
  const derived = scenario.derived ?? [];
  const columns = attrs.reduce((sum, a) => sum + (a.type === 'categorical' ? BYTES.categorical : BYTES.numeric), 0) + derived.length * BYTES.categorical;
  const bytesPerPerson = columns + BYTES.behaviour + scoring * BYTES.scoringPolicy + (policies - scoring) * BYTES.otherPolicy;
  const slices = auditSlices(scenario, byId);
  const groups = slices.reduce((sum, s) => sum + s.groups, 0);
  const modelBytes = Math.max(0, ...scenario.policies.map((p) => modelSize(scenario, p).bytes));
  const market = estimateMarketWork(scenario);
  return {
    people,
    replicates,
    policies,
    bytesPerPerson,
    memoryBytes: people * bytesPerPerson + modelBytes + (market?.memoryBytes ?? 0),
    personPasses: people * replicates * (2 + policies + derived.filter((d) => d.kind === 'inferred').length) + (market?.personPasses ?? 0),
    slices,
    groups,
    groupRows: groups * policies,
    modelParameters: Math.max(0, ...scenario.policies.map((p) => modelParameters(p, attrs))),
    modelBytes,
    tableRows: attrs.reduce((sum, a) => sum + (a.type === 'categorical' && a.table ? Object.keys(a.table).length : 0), 0),
    ...(market && scenario.market ? { market: { rounds: scenario.market.rounds, opportunitiesPerRound: market.opportunitiesPerRound, personPasses: market.personPasses } } : {}),
  };
}

/** Every cap the estimate breaks, with the path that asks for the work and the product that makes it. */
export function checkWork(scenario: Scenario, estimate: WorkEstimate = estimateWork(scenario)): Issue[] {
  const issues: Issue[] = [];
  const n = (x: number) => countText(x);
  for (const s of estimate.slices)
    if (s.groups > WORK_LIMITS.groupsPerSlice)
      issues.push({ path: s.path, message: `${n(s.groups)} groups (${s.radices.join(' × ')}); at most ${n(WORK_LIMITS.groupsPerSlice)} groups in one slice` });
  if (estimate.groups > WORK_LIMITS.groups)
    issues.push({ path: 'audit', message: `${n(estimate.groups)} groups over ${estimate.slices.length} slices; at most ${n(WORK_LIMITS.groups)} in all` });
  if (estimate.groupRows > WORK_LIMITS.groupRows)
    issues.push({
      path: 'policies',
      message: `${n(estimate.groupRows)} result rows (${n(estimate.groups)} groups × ${estimate.policies} policies); at most ${n(WORK_LIMITS.groupRows)}: audit fewer groups or run fewer policies`,
    });
  scenario.policies.forEach((p, i) => {
    const k = modelParameters(p, scenario.population.attributes);
    if (k > WORK_LIMITS.modelParameters)
      issues.push({ path: formatPath(['policies', i, 'features']), message: `the model has ${n(k)} parameters (one per non-reference category and numeric feature); at most ${n(WORK_LIMITS.modelParameters)}` });
    const m = modelSize(scenario, p);
    const shape = `${n(m.rows)} training rows × ${n(k)} parameters`;
    if (m.bytes > WORK_LIMITS.modelMatrixBytes)
      issues.push({ path: formatPath(['policies', i]), message: `${shape} make a ${formatBytes(m.bytes)} design matrix; at most ${formatBytes(WORK_LIMITS.modelMatrixBytes)}: use a smaller history or fewer features` });
    else if (m.work > WORK_LIMITS.modelWork)
      issues.push({ path: formatPath(['policies', i]), message: `${shape} make ${m.work.toExponential(1)} multiply-adds per fitting step; at most ${WORK_LIMITS.modelWork.toExponential(0)}: use a smaller history or fewer features` });
  });
  issues.push(...checkMarketWork(scenario));
  return issues;
}

/** True when the app should ask before running. */
export function exceedsInteractiveBudget(e: WorkEstimate): boolean {
  return e.personPasses > INTERACTIVE_BUDGET.personPasses || e.memoryBytes > INTERACTIVE_BUDGET.memoryBytes || e.groupRows > INTERACTIVE_BUDGET.groupRows;
}

/** One line for people: "100,000 people × 8 passes, ≈ 7.6 MB, 28 groups × 6 policies". */
export function describeWork(e: WorkEstimate): string {
  const n = (x: number) => countText(x);
  const reps = e.replicates > 1 ? ` × ${e.replicates} replicates` : '';
  const model = e.modelParameters ? `, models up to ${n(e.modelParameters)} parameters` : '';
  const market = e.market ? ` and ${e.market.rounds} market rounds of ${formatCount(Math.round(e.market.opportunitiesPerRound))} ad opportunities` : '';
  const marketPasses = e.market ? e.market.personPasses : 0;
  const passes = e.people * e.replicates > 0 ? Math.round((e.personPasses - marketPasses) / (e.people * e.replicates)) : 2 + e.policies;
  return `${n(e.people)} people × ${passes} passes${market}${reps} (${formatCount(e.personPasses)} person-passes), ≈ ${formatBytes(e.memoryBytes)} in memory, ${n(e.groups)} groups × ${e.policies} ${e.policies === 1 ? 'policy' : 'policies'}${model}`;
}

export function formatBytes(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let v = bytes;
  let u = 0;
  while (v >= 1000 && u < units.length - 1) {
    v /= 1000;
    u++;
  }
  return `${v >= 100 || u === 0 ? Math.round(v) : v.toFixed(1)} ${units[u]}`;
}

function formatCount(x: number): string {
  if (x >= 1e9) return `${(x / 1e9).toFixed(1)} billion`;
  if (x >= 1e6) return `${(x / 1e6).toFixed(1)} million`;
  return countText(x);
}

/** The slices the audit will count, as `metrics/plan.ts` builds them, with the path that asks for each. */
function auditSlices(scenario: Scenario, byId: ReadonlyMap<string, Attribute>): SliceEstimate[] {
  const radix = (id: string) => {
    const a = byId.get(id) ?? categoricalById(scenario, id);
    return a?.type === 'categorical' ? a.categories.length : 0;
  };
  const slice = (path: string, ids: readonly string[]): SliceEstimate => {
    const radices = ids.map(radix);
    return { path, attributes: ids, radices, groups: radices.reduce((p, r) => p * r, 1) };
  };
  const audited = scenario.audit.attributes
    ? scenario.audit.attributes.map((id, i) => slice(formatPath(['audit', 'attributes', i]), [id]))
    : scenario.population.attributes.flatMap((a, i) =>
        a.type === 'categorical' && a.protected ? [slice(formatPath(['population', 'attributes', i]), [a.id])] : [],
      );
  return [...audited, ...scenario.audit.intersections.map((ids, i) => slice(formatPath(['audit', 'intersections', i]), ids))];
}

/** Rows a policy's model trains on (at most) and what the fit costs. */
function modelSize(scenario: Scenario, policy: Scenario['policies'][number]): { rows: number; bytes: number; work: number } {
  const k = modelParameters(policy, scenario.population.attributes);
  if (k === 0) return { rows: 0, bytes: 0, work: 0 };
  const people = scenario.population.size;
  // A lookalike's seed is the history's converters, or with a seed rule anyone in the population;
  // its comparison sample is `sampleSize` people.
  const rows = policy.type === 'lookalike' ? (policy.seedRule ? people : scenario.history.size) + Math.min(policy.sampleSize, people) : scenario.history.size;
  return { rows, bytes: rows * k * 8, work: rows * k * k };
}

function modelParameters(policy: Scenario['policies'][number], attrs: readonly Attribute[]): number {
  if (!isLearnedScoring(policy.type)) return 0;
  // Every learned scoring type has `features` and `useProtected` (policies/types/common.ts).
  const { features, useProtected } = policy as { features?: string[]; useProtected?: boolean };
  const used = features ? attrs.filter((a) => features.includes(a.id)) : attrs.filter((a) => useProtected === true || !a.protected);
  return 1 + used.reduce((sum, a) => sum + (a.type === 'categorical' ? a.categories.length - 1 : 1), 0);
}
