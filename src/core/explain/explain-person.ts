/**
 * "Why was this person (not) reached?" for one policy of an in-process run: what the policy saw,
 * the score taken apart into contributions, where the cut fell, consent, the ground truth, and the
 * nearest counterfactual. Reads the chunk states and the fitted models a LocalRunner kept.
 */
import type { ChunkState } from '../engine/chunk-state';
import type { PolicyOutcome } from '../policies/outcome';
import type { ScoredPolicy } from '../policies/context';
import type { Scenario } from '../scenario/types';
import { contributions, logitOf, sigmoid } from './contributions';
import type { Contribution } from './contributions';
import type { FeatureChange } from './counterfactual';
import { counterfactuals } from './counterfactual';
import type { PersonRecord } from './person';
import { personDecision, personRecord } from './person';
import { policyDescriptor } from '../policies/types/catalogue';
import { rescore } from './rescore';
import { personRank } from './rank';
import type { PersonRank } from './rank';

export interface PolicyCut {
  /** `global`: one lowest selected score; `group`: one per category of the fairness attribute. */
  kind: 'global' | 'group' | 'none';
  attribute?: string;
  group?: string;
  score: number | null;
  budget: Scenario['campaign']['budget'];
  /** variance-reduction: the pacing multiplier of the person's group. */
  pacing?: number;
}

export interface PersonExplanation {
  policy: { id: string; label: string; type: PolicyOutcome['type'] };
  person: PersonRecord;
  /** Observation noise the model saw on each numeric feature: observed − true. */
  noise: Record<string, number>;
  candidate: boolean;
  score: number | null;
  selected: boolean;
  /** Plain words for the decision. */
  reason: string;
  model?: { intercept: number; logit: number; prob: number; contributions: Contribution[] };
  cut: PolicyCut;
  /** The person's place in the policy's ranking (of their group's, for a per-group cut); candidates only. */
  rank?: PersonRank;
  /** The nearest counterfactual first; empty when none exists (or the policy has no model). */
  counterfactuals: FeatureChange[];
  /** A what-if: the person re-scored with one change, against the cut of their (new) group. */
  whatIf?: { attribute: string; to: number | string; logit: number; score: number; cut: number | null; reached: boolean };
}

export interface WhatIfChange {
  attribute: string;
  to: number | string;
}

export interface ExplainInput {
  scenario: Scenario;
  states: readonly ChunkState[];
  outcomes: readonly PolicyOutcome[];
  scored: ReadonlyMap<string, ScoredPolicy>;
}

/** The fitted model a policy scores with (a fairness policy's is its base's). */
export function policyFit(input: ExplainInput, policyId: string) {
  const policy = input.scenario.policies.find((p) => p.id === policyId);
  if (!policy) throw new Error(`there is no policy "${policyId}" (policies: ${input.scenario.policies.map((p) => p.id).join(', ')})`);
  const scoredId = policy.type === 'fairness' ? policy.base : policy.id;
  return { policy, fit: input.scored.get(scoredId)?.fit };
}

function cutFor(input: ExplainInput, outcome: PolicyOutcome, codes: Readonly<Record<string, number>>): PolicyCut {
  const policy = input.scenario.policies.find((p) => p.id === outcome.id)!;
  const budget = input.scenario.campaign.budget;
  const thresholds = outcome.thresholds ?? [];
  if (policy.type === 'fairness') {
    const attr = input.scenario.population.attributes.find((a) => a.id === policy.attribute);
    const group = attr?.type === 'categorical' ? attr.categories[codes[policy.attribute] as number]?.id : undefined;
    const t = thresholds.find((x) => x.group === group);
    const cut: PolicyCut = { kind: 'group', attribute: policy.attribute, score: t?.score ?? null, budget };
    if (group !== undefined) cut.group = group;
    if (group !== undefined && outcome.pacing?.[group] !== undefined) cut.pacing = outcome.pacing[group];
    return cut;
  }
  const t = thresholds.find((x) => x.group === null);
  return t ? { kind: 'global', score: t.score, budget } : { kind: 'none', score: null, budget };
}

export function explainPerson(input: ExplainInput, policyId: string, id: number, change?: WhatIfChange): PersonExplanation {
  const { policy, fit } = policyFit(input, policyId);
  const outcome = input.outcomes.find((o) => o.id === policyId);
  if (!outcome) throw new Error(`the run has no outcome for policy "${policyId}"`);
  const person = personRecord(input.scenario, input.states, id);
  const { score, selected } = personDecision(input.states, id, policyId);
  const cut = cutFor(input, outcome, person.codes);
  const noise: Record<string, number> = {};
  for (const [k, v] of Object.entries(person.observed)) noise[k] = v - (person.values[k] as number);
  const personalised = policyDescriptor(policy.type)?.usesPersonalData ?? true;
  const out: PersonExplanation = {
    policy: { id: policy.id, label: outcome.label, type: policy.type },
    person,
    noise,
    candidate: score !== null,
    score,
    selected,
    reason: '',
    cut,
    counterfactuals: [],
  };
  // Without consent, a contextual policy scored them by context (policies/contextual-scores.ts):
  // their own features decided nothing, so no contribution or counterfactual of them is shown.
  const contextual = personalised && !person.consent && score !== null;
  if (fit && !contextual) {
    const parts = contributions(fit, person);
    const logit = logitOf(fit, parts);
    out.model = { intercept: fit.intercept, logit, prob: sigmoid(logit), contributions: parts };
  }
  out.reason = contextual ? `Did not consent to personal-data targeting: scored by context only. ${reasonOf(out, personalised)}` : reasonOf(out, personalised);
  if (score !== null) {
    const within = cut.kind === 'group' && cut.attribute !== undefined && cut.group !== undefined ? { attribute: cut.attribute, group: cut.group, code: person.codes[cut.attribute] as number } : undefined;
    out.rank = personRank(input.states, policyId, score, within);
  }
  if (fit && score !== null && !contextual) {
    const cutOf = (codes: Readonly<Record<string, number>>) => cutFor(input, outcome, codes).score;
    out.counterfactuals = counterfactuals(input.scenario, fit, person, selected, cutOf);
    if (change) out.whatIf = whatIf(input.scenario, fit, person, change, cutOf);
  }
  return out;
}

function whatIf(
  scenario: Scenario,
  fit: NonNullable<ReturnType<typeof policyFit>['fit']>,
  person: PersonRecord,
  change: WhatIfChange,
  cutOf: (codes: Readonly<Record<string, number>>) => number | null,
): NonNullable<PersonExplanation['whatIf']> {
  const attr = scenario.population.attributes.find((a) => a.id === change.attribute);
  if (!attr) throw new Error(`unknown attribute "${change.attribute}"`);
  let edited: PersonRecord;
  if (attr.type === 'categorical') {
    const code = attr.categories.findIndex((c) => c.id === change.to);
    if (code < 0) throw new Error(`"${String(change.to)}" is not a category of "${attr.id}"`);
    edited = { ...person, codes: { ...person.codes, [attr.id]: code } };
  } else {
    if (typeof change.to !== 'number' || !Number.isFinite(change.to)) throw new Error(`a value of "${attr.id}" must be a number`);
    edited = { ...person, observed: { ...person.observed, [attr.id]: change.to } };
  }
  const r = rescore(fit, edited, person.price);
  const cut = cutOf(edited.codes);
  return { attribute: attr.id, to: change.to, logit: r.eta, score: r.score, cut, reached: cut !== null && r.score > cut };
}

function reasonOf(e: PersonExplanation, personalised: boolean): string {
  if (!e.person.eligible) return 'Not eligible for the campaign: no policy could reach this person.';
  if (e.score === null && personalised && !e.person.consent)
    return 'Did not consent to personal-data targeting: a personalised policy never selects them.';
  if (e.score === null) return 'Not a candidate of this policy.';
  const cut = e.cut.score;
  const where = e.cut.kind === 'group' ? ` of group "${e.cut.group ?? ''}"` : '';
  if (cut === null) return e.selected ? 'Selected.' : 'Not selected: the policy selected no one.';
  if (e.selected) return `Selected: score ${fmt(e.score)} is at or above the cut${where} (${fmt(cut)}).`;
  if (e.score === cut) return `Not selected: score ${fmt(e.score)} ties with the cut${where}; the tie-break draw went against them.`;
  return `Not selected: score ${fmt(e.score)} is below the cut${where} (${fmt(cut)}).`;
}

const fmt = (x: number) => x.toPrecision(6);
