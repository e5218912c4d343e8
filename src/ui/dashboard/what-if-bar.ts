/**
 * "What if…": one control per what-if, under the findings, acting on the policy and attribute on
 * screen. Each control is one action (a button press or one choice in a list) and dispatches one
 * `fg-what-if` event; the app applies it and runs once (or says why nothing changes).
 */
import { html, nothing } from 'lit';
import type { Results } from '../../core/results/types';
import type { Scenario } from '../../core/scenario/types';
import { policyFeatures } from '../../core/policies/features';
import { describeBudget, formatShare } from '../../core/policies/budget';
import { whatIfEvent } from '../what-if/what-if';
import type { WhatIf } from '../what-if/what-if';
import { isLearnedScoring, POLICY_DESCRIPTORS } from '../../core/policies/types/catalogue';

const SCORING = new Set<string>(POLICY_DESCRIPTORS.map((d) => d.type).filter(isLearnedScoring));
const SHARES = [0.05, 0.1, 0.2, 0.3, 0.5];

/** A list whose first entry is its name; choosing any other entry acts once and resets the list. */
function actionList(name: string, id: string, options: { value: string; label: string; group?: string }[], act: (value: string) => void) {
  const groups = [...new Set(options.map((o) => o.group ?? ''))];
  const item = (o: { value: string; label: string }) => html`<option value=${o.value}>${o.label}</option>`;
  return html`<select id=${id} aria-label=${name} @change=${(e: Event) => {
    const select = e.target as HTMLSelectElement;
    const value = select.value;
    select.selectedIndex = 0;
    if (value) act(value);
  }}>
    <option value="" selected>${name}…</option>
    ${groups.map((g) => (g ? html`<optgroup label=${g}>${options.filter((o) => o.group === g).map(item)}</optgroup>` : options.filter((o) => !o.group).map(item)))}
  </select>`;
}

/** True when `base` already has a demographic-parity wrapper on `attribute` (the button would change nothing). */
function hasParity(scenario: Scenario, base: string, attribute: string): boolean {
  return scenario.policies.some((p) => p.type === 'fairness' && p.base === base && p.constraint === 'demographic-parity' && p.attribute === attribute);
}

export function renderWhatIfBar(results: Results, scenario: Scenario | undefined, policyId: string, attributeId: string, dispatch: (e: Event) => void) {
  if (!scenario) return nothing;
  const send = (w: WhatIf) => dispatch(whatIfEvent(w));
  const policy = scenario.policies.find((p) => p.id === policyId) ?? scenario.policies[0];
  if (!policy) return nothing;
  const model = policy.type === 'fairness' ? scenario.policies.find((p) => p.id === policy.base) : policy;
  const features = model && SCORING.has(model.type) && 'useProtected' in model ? policyFeatures(scenario, model) : [];
  const attribute = results.attributes.find((a) => a.id === attributeId) ?? results.attributes[0];
  const attributeName = (id: string) => scenario.population.attributes.find((a) => a.id === id)?.label ?? id;
  const policyName = policy.label ?? policy.id;
  const budget = scenario.campaign.budget;
  const share = budget.kind === 'reach' ? budget.share : undefined;
  return html`<div class="what-if" role="group" aria-label="What if">
    <span class="what-if-title">What if…</span>
    ${actionList('Exclude a group from the campaign', 'what-if-exclude',
      results.attributes.flatMap((a) => a.categories.map((c) => ({ value: `${a.id}|${c.id}`, label: c.label, group: a.label }))),
      (v) => {
        const [attr = '', group = ''] = v.split('|');
        send({ kind: 'exclude-group', attribute: attr, group });
      })}
    ${features.length > 1 && model
      ? actionList(`Drop a feature ${model.label ?? model.id} sees`, 'what-if-drop', features.map((f) => ({ value: f, label: attributeName(f) })),
          (feature) => send({ kind: 'drop-feature', policy: policy.id, feature }))
      : nothing}
    ${model && SCORING.has(model.type) && attribute && !hasParity(scenario, model.id, attribute.id)
      ? html`<button type="button" id="what-if-parity" class="what-if-button"
          @click=${() => send({ kind: 'add-constraint', policy: policy.id, constraint: 'demographic-parity', attribute: attribute.id })}
          >Add demographic parity by ${attribute.label} to ${model.label ?? model.id}</button>`
      : nothing}
    ${actionList(`Budget: ${describeBudget(budget, results.policies[0]?.totals.eligible)}`, 'what-if-budget',
      SHARES.filter((s) => s !== share).map((s) => ({ value: String(s), label: `${formatShare(s)} of eligible` })),
      (v) => send({ kind: 'set-budget', share: Number(v) }))}
    <span class="what-if-note">Each runs once. Showing ${policyName}.</span>
  </div>`;
}
