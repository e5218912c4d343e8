/**
 * One-step what-ifs: each turns the scenario into the one the user asked for in a single edit, or
 * says why nothing changes — so the app runs exactly once, or not at all. Pure functions of the
 * draft (the file as written) and the parsed scenario (for defaults such as a model's features).
 *
 * The app shell listens for `fg-what-if` CustomEvents (bubbles, composed) with a `WhatIf` detail.
 */
import type { Draft } from '../editor/draft';
import { getIn, setIn } from '../editor/draft';
import type { Scenario } from '../../core/scenario/types';
import { policyFeatures } from '../../core/policies/features';
import { formatShare } from '../../core/policies/budget';
import { CONSTRAINT_WORDS, fairnessLabel, uniqueId } from './policy-names';
import { isLearnedScoring, POLICY_DESCRIPTORS } from '../../core/policies/types/catalogue';

export const WHAT_IF_EVENT = 'fg-what-if';

export type WhatIf =
  | { kind: 'exclude-group'; attribute: string; group: string }
  | { kind: 'drop-feature'; policy: string; feature: string }
  | { kind: 'add-constraint'; policy: string; constraint: 'demographic-parity'; attribute: string }
  | { kind: 'set-budget'; share: number };

/** The event that asks the app for a what-if; dispatch it from any element inside the app. */
export function whatIfEvent(whatIf: WhatIf): CustomEvent<WhatIf> {
  return new CustomEvent(WHAT_IF_EVENT, { detail: whatIf, bubbles: true, composed: true });
}

export type WhatIfOutcome =
  /** `summary` says what changed; `select` is the policy to show afterwards (a new one). */
  | { changed: true; draft: Draft; summary: string; select?: string }
  | { changed: false; reason: string };

type PredicateDraft = { attribute?: string; in?: string[]; min?: number; max?: number };
type PolicyDraft = Record<string, unknown> & { id?: string; type?: string; base?: string };

const SCORING = new Set<string>(POLICY_DESCRIPTORS.map((d) => d.type).filter(isLearnedScoring));

export function applyWhatIf(draft: Draft, scenario: Scenario, whatIf: WhatIf): WhatIfOutcome {
  switch (whatIf.kind) {
    case 'exclude-group':
      return excludeGroup(draft, scenario, whatIf.attribute, whatIf.group);
    case 'drop-feature':
      return dropFeature(draft, scenario, whatIf.policy, whatIf.feature);
    case 'add-constraint':
      return addConstraint(draft, scenario, whatIf.policy, whatIf.attribute);
    case 'set-budget':
      return setBudgetShare(draft, scenario, whatIf.share);
  }
}

function unchanged(reason: string): WhatIfOutcome {
  return { changed: false, reason };
}

function categoryLabel(scenario: Scenario, attribute: string, group: string): string {
  const a = scenario.population.attributes.find((x) => x.id === attribute);
  const c = a?.type === 'categorical' ? a.categories.find((x) => x.id === group) : undefined;
  return c?.label ?? group;
}

function attributeLabel(scenario: Scenario, id: string): string {
  return scenario.population.attributes.find((a) => a.id === id)?.label ?? id;
}

/** Adds `group` to the eligibility rule's exclusions (one predicate per attribute). */
export function excludeGroup(draft: Draft, scenario: Scenario, attribute: string, group: string): WhatIfOutcome {
  const attr = scenario.population.attributes.find((a) => a.id === attribute);
  if (!attr || attr.type !== 'categorical')
    return unchanged(attribute.includes('×') ? 'A combination of groups cannot be excluded in one step: exclude one of its groups instead.' : `“${attribute}” is not a categorical attribute of this scenario.`);
  if (!attr.categories.some((c) => c.id === group)) return unchanged(`“${group}” is not a group of ${attributeLabel(scenario, attribute)}.`);
  const name = `${categoryLabel(scenario, attribute, group)} (${attributeLabel(scenario, attribute)})`;
  const path = ['campaign', 'eligibility', 'exclude'];
  const list = (getIn(draft, path) ?? []) as PredicateDraft[];
  const same = list.findIndex((p) => p.attribute === attribute && Array.isArray(p.in));
  if (same >= 0 && list[same]?.in?.includes(group)) return unchanged(`${name} is already excluded from the campaign.`);
  const next = same >= 0
    ? list.map((p, i) => (i === same ? { ...p, in: [...(p.in ?? []), group] } : p))
    : [...list, { attribute, in: [group] }];
  const eligible = attr.categories.filter((c) => !next.some((p) => p.attribute === attribute && p.in?.includes(c.id)));
  if (eligible.length === 0) return unchanged(`Excluding ${name} would leave no one eligible.`);
  const budget = scenario.campaign.budget;
  // A share budget follows the eligible count: say so, or "reached 8,612" would look like a fault.
  const note = budget.kind === 'reach' && budget.share !== undefined ? ` The budget is ${formatShare(budget.share)} of the eligible, so it now reaches fewer people.` : '';
  return { changed: true, draft: setIn(draft, path, next), summary: `Excluded ${name} from the campaign’s eligible people.${note}` };
}

function policyIndex(draft: Draft, id: string): number {
  const list = (Array.isArray(draft.policies) ? draft.policies : []) as PolicyDraft[];
  return list.findIndex((p) => p.id === id);
}

/** Removes `feature` from what a learned policy's model sees (a fairness policy: its base's model). */
export function dropFeature(draft: Draft, scenario: Scenario, policyId: string, feature: string): WhatIfOutcome {
  let policy = scenario.policies.find((p) => p.id === policyId);
  if (policy?.type === 'fairness') {
    const base = policy.base;
    policy = scenario.policies.find((p) => p.id === base);
  }
  if (!policy) return unchanged(`There is no policy “${policyId}”.`);
  if (!SCORING.has(policy.type) || !('useProtected' in policy))
    return unchanged(`${policy.label ?? policy.id} does not use a model, so it has no features to drop.`);
  const features = policyFeatures(scenario, policy);
  const label = attributeLabel(scenario, feature);
  if (!features.includes(feature)) return unchanged(`${policy.label ?? policy.id} does not use ${label}.`);
  if (features.length === 1) return unchanged(`${label} is the only feature ${policy.label ?? policy.id} uses; a model needs at least one.`);
  const index = policyIndex(draft, policy.id);
  if (index < 0) return unchanged(`There is no policy “${policy.id}” in the file.`);
  const next = setIn(draft, ['policies', index, 'features'], features.filter((f) => f !== feature));
  const via = policy.id === policyId ? '' : ` (the model ${policyId} wraps)`;
  return { changed: true, draft: next, summary: `${policy.label ?? policy.id}${via} no longer sees ${label}.` };
}

/** Adds a fairness policy that wraps `policyId` (or, for a fairness policy, its base). */
export function addConstraint(draft: Draft, scenario: Scenario, policyId: string, attribute: string): WhatIfOutcome {
  const asked = scenario.policies.find((p) => p.id === policyId);
  if (!asked) return unchanged(`There is no policy “${policyId}”.`);
  const base = asked.type === 'fairness' ? scenario.policies.find((p) => p.id === asked.base) : asked;
  if (!base || !SCORING.has(base.type)) return unchanged(`${asked.label ?? asked.id} does not score people, so a fairness constraint has nothing to rebalance.`);
  const attr = scenario.population.attributes.find((a) => a.id === attribute);
  if (!attr || attr.type !== 'categorical') return unchanged(`“${attribute}” is not a categorical attribute of this scenario.`);
  const existing = scenario.policies.find((p) => p.type === 'fairness' && p.base === base.id && p.constraint === 'demographic-parity' && p.attribute === attribute);
  if (existing) return unchanged(`${existing.label ?? existing.id} already balances ${attr.label ?? attr.id} for ${base.label ?? base.id}.`);
  const id = uniqueId(`${base.id}-parity-${attribute}`, scenario.policies.map((p) => p.id));
  const label = fairnessLabel(base.label ?? base.id, 'demographic-parity', attr.label ?? attr.id);
  const policy = { id, label, type: 'fairness', base: base.id, constraint: 'demographic-parity', attribute };
  const list = Array.isArray(draft.policies) ? draft.policies : [];
  return {
    changed: true,
    draft: setIn(draft, ['policies'], [...list, policy]),
    summary: `Added “${label}”: ${CONSTRAINT_WORDS['demographic-parity']?.short ?? ''}`,
    select: id,
  };
}

/** Sets the budget to a share of the eligible people. */
export function setBudgetShare(draft: Draft, scenario: Scenario, share: number): WhatIfOutcome {
  if (!(share > 0 && share <= 1)) return unchanged('A budget share must be more than 0% and at most 100% of the eligible.');
  const budget = scenario.campaign.budget;
  if (budget.kind === 'reach' && budget.share === share) return unchanged(`The budget is already ${formatShare(share)} of the eligible.`);
  return { changed: true, draft: setIn(draft, ['campaign', 'budget'], { kind: 'reach', share }), summary: `Budget set to ${formatShare(share)} of the eligible people.` };
}
