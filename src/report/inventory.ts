/**
 * The data-minimisation record: which attributes each policy used, which protected attributes it
 * withheld (and which it used anyway: a fairness constraint reads the attribute it balances), the
 * consent rule, and what the training history was.
 */
import type { Policy, Scenario } from '../core/scenario/types';
import { attributeName, isPersonalised, policyInputs, ruleWords } from './policy-words';
import { policyDescriptor } from '../core/policies/types/catalogue';

export interface InventoryRow {
  policy: Policy;
  used: string[];
  protectedUsed: string[];
  protectedWithheld: string[];
  consent: string;
  training: string;
}

function trainingOf(policy: Policy, scenario: Scenario): string {
  switch (policy.type) {
    case 'random':
    case 'rules':
      return 'none';
    case 'propensity':
      return 'the past campaign (recorded conversions)';
    case 'delivery':
      return `the past campaign (${policy.objective === 'click' ? 'clicks' : 'recorded conversions'})`;
    case 'lookalike':
      return policy.seedRule ? 'a seed audience by rule, against a random sample' : "the past campaign's recorded converters, against a random sample";
    case 'fairness': {
      const base = scenario.policies.find((p) => p.id === policy.base);
      return base ? `as ${base.label ?? base.id}` : 'as its base';
    }
    default:
      return policyDescriptor((policy as Policy).type)?.learned ? 'its own model (see its description)' : 'none';
  }
}

export function inventoryRows(scenario: Scenario): InventoryRow[] {
  const protectedIds = scenario.population.attributes.filter((a) => a.protected).map((a) => a.id);
  return scenario.policies.map((policy) => {
    const used = [...policyInputs(policy, scenario)];
    if (policy.type === 'fairness' && !used.includes(policy.attribute)) used.push(policy.attribute);
    const protectedUsed = protectedIds.filter((id) => used.includes(id));
    return {
      policy,
      used,
      protectedUsed,
      protectedWithheld: protectedIds.filter((id) => !used.includes(id)),
      consent: isPersonalised(policy, scenario) ? 'consenting people only' : 'anyone eligible (no personal data)',
      training: trainingOf(policy, scenario),
    };
  });
}

function effectsWords(scenario: Scenario, effects: Scenario['behaviour']['consent']['effects']): string {
  const parts = Object.entries(effects).map(([id, e]) =>
    typeof e === 'number'
      ? `${attributeName(scenario, id)} ${e >= 0 ? '+' : ''}${e} per SD`
      : `${attributeName(scenario, id)}: ${Object.entries(e).map(([c, v]) => `${c} ${v >= 0 ? '+' : ''}${v}`).join(', ')}`,
  );
  return parts.length ? ` Log-odds effects: ${parts.join('; ')}.` : ' It does not depend on who the person is.';
}

/** The consent rule in words. */
export function consentWords(scenario: Scenario): string {
  const c = scenario.behaviour.consent;
  if (c.base >= 1 && Object.keys(c.effects).length === 0) return 'Everyone allows personal-data targeting in this scenario (no consent gap).';
  return `At zero effects ${(c.base * 100).toFixed(0)}% of people allow personal-data targeting.${effectsWords(scenario, c.effects)} Personalised policies never select people who did not consent, and models never train on them; random and rules policies reach anyone eligible.`;
}

/** The training history in words: size, who the past campaign targeted, label bias. */
export function historyWords(scenario: Scenario): string {
  const h = scenario.history;
  const bias = Object.entries(h.labelBias).flatMap(([a, m]) =>
    Object.entries(m).map(([c, p]) => `${attributeName(scenario, a)} ${c}: a converter is recorded with probability ${p}`),
  );
  return `The past campaign reached ${h.size.toLocaleString('en')} people: those for whom ${ruleWords(scenario, h.rule)} first, then others at random if too few matched.` +
    (bias.length ? ` Label bias: ${bias.join('; ')}.` : ' Every converter it reached was recorded (no label bias).');
}

export function protectedAttributes(scenario: Scenario): string[] {
  return scenario.population.attributes.filter((a) => a.protected).map((a) => a.id);
}
