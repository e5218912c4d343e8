/**
 * Each policy in plain words, with its main targeting parameters (the EU Digital Services Act asks
 * that an ad show "the main parameters used to determine the recipient"), and the words for rules,
 * budgets and constraints the other sections share.
 */
import { policyFeatures } from '../core/policies/features';
import type { Budget, Policy, Predicate, Rule, Scenario } from '../core/scenario/types';
import { formatShare } from '../core/policies/budget';
import { CONSTRAINTS } from '../core/policies/constraints';
import { policyDescriptor } from '../core/policies/types/catalogue';

export function attributeName(scenario: Scenario, id: string): string {
  return scenario.population.attributes.find((a) => a.id === id)?.label ?? id;
}

function categoryName(scenario: Scenario, attribute: string, id: string): string {
  const a = scenario.population.attributes.find((x) => x.id === attribute);
  return (a?.type === 'categorical' ? a.categories.find((c) => c.id === id)?.label : undefined) ?? id;
}

function predicateWords(scenario: Scenario, p: Predicate): string {
  const name = attributeName(scenario, p.attribute);
  if ('in' in p) return `${name} is ${p.in.map((c) => categoryName(scenario, p.attribute, c)).join(' or ')}`;
  if (p.min !== undefined && p.max !== undefined) return `${name} between ${p.min} and ${p.max}`;
  if (p.min !== undefined) return `${name} at least ${p.min}`;
  if (p.max !== undefined) return `${name} at most ${p.max}`;
  return `${name} has any value`;
}

/** "age is 25-34 or 35-44, and not neighbourhood is North"; "everyone" for an empty rule. */
export function ruleWords(scenario: Scenario, rule: Rule): string {
  const include = rule.include.map((p) => predicateWords(scenario, p));
  const exclude = rule.exclude.map((p) => `not ${predicateWords(scenario, p)}`);
  const all = [...include, ...exclude];
  return all.length ? all.join(', and ') : 'everyone';
}

export function ruleAttributes(rule: Rule): string[] {
  return [...new Set([...rule.include, ...rule.exclude].map((p) => p.attribute))];
}

export function budgetWords(budget: Budget): string {
  if (budget.kind === 'spend') return `spend ${budget.amount.toLocaleString('en')} (in the campaign's currency)`;
  // A share of the eligible people (issue 12) or a number of people.
  return budget.people === undefined ? `reach ${formatShare(budget.share ?? 0)} of the eligible people` : `reach ${budget.people.toLocaleString('en')} people`;
}

const CONSTRAINT_WORDS = new Map<string, string>(CONSTRAINTS.map((c) => [c.name, c.summary]));

/** Whether a policy uses personal data and so needs consent: its type's consent rule (a fairness policy: its base's). */
export function isPersonalised(policy: Policy, scenario: Scenario): boolean {
  if (policy.type !== 'fairness') return policyDescriptor(policy.type)?.usesPersonalData ?? true;
  const base = scenario.policies.find((p) => p.id === policy.base);
  return base ? isPersonalised(base, scenario) : true;
}

/** The attributes a policy's scoring sees (a fairness policy: its base's). */
export function policyInputs(policy: Policy, scenario: Scenario): string[] {
  switch (policy.type) {
    case 'random':
      return [];
    case 'rules':
      return ruleAttributes(policy.rule);
    case 'fairness': {
      const base = scenario.policies.find((p) => p.id === policy.base);
      return base && base.type !== 'fairness' ? policyInputs(base, scenario) : [];
    }
    default:
      return policyFeatures(scenario, policy);
  }
}

/** One or two sentences: what the policy does, in words a reviewer reads. */
export function policySentence(policy: Policy, scenario: Scenario): string {
  const list = (ids: readonly string[]) => ids.map((id) => attributeName(scenario, id)).join(', ') || 'nothing';
  switch (policy.type) {
    case 'random':
      return 'Picks people at random among those eligible. It uses no personal data: the baseline every other policy is measured against.';
    case 'rules':
      return `Targets the people for whom ${ruleWords(scenario, policy.rule)}; at random among them when there are more than the budget allows.`;
    case 'propensity':
      return `A logistic-regression model trained on the past campaign predicts who will convert from ${list(policyFeatures(scenario, policy))}; the people with the highest predictions are reached.`;
    case 'lookalike':
      return `A model learns to tell the seed audience (${policy.seedRule ? `people for whom ${ruleWords(scenario, policy.seedRule)}` : "the past campaign's recorded converters"}) from a random sample of ${policy.sampleSize.toLocaleString('en')} people, from ${list(policyFeatures(scenario, policy))}; the people most like the seed are reached.`;
    case 'delivery':
      return `A platform's auction delivery: a model predicts ${policy.objective === 'click' ? 'clicks' : 'conversions'} from ${list(policyFeatures(scenario, policy))}, and the budget goes to the most predicted ${policy.objective === 'click' ? 'clicks' : 'conversions'} per unit of price.`;
    case 'fairness': {
      const base = scenario.policies.find((p) => p.id === policy.base);
      return `${base?.label ?? policy.base}, constrained so that ${CONSTRAINT_WORDS.get(policy.constraint) ?? policy.constraint} across ${attributeName(scenario, policy.attribute)} groups. The constraint reads each person's ${attributeName(scenario, policy.attribute)} when selecting.`;
    }
    default:
      // A type without words of its own here: its descriptor's one line.
      return policyDescriptor((policy as Policy).type)?.summary ?? '';
  }
}

/** The main targeting parameters, as label → value. */
export function mainParameters(policy: Policy, scenario: Scenario): [string, string][] {
  const out: [string, string][] = [
    ['Budget', budgetWords(scenario.campaign.budget)],
    ['Eligible', ruleWords(scenario, scenario.campaign.eligibility)],
  ];
  const names = (ids: readonly string[]) => ids.map((id) => attributeName(scenario, id)).join(', ') || 'none';
  switch (policy.type) {
    case 'random':
      out.push(['Targeting', 'none (random)']);
      break;
    case 'rules':
      out.push(['Targeting rule', ruleWords(scenario, policy.rule)]);
      break;
    case 'propensity':
    case 'lookalike':
    case 'delivery':
      out.push(['Objective', policy.type === 'delivery' ? `predicted ${policy.objective}s per unit price` : policy.type === 'lookalike' ? 'similarity to the seed audience' : 'predicted conversion']);
      out.push(['Model sees', names(policyFeatures(scenario, policy))]);
      out.push(['Protected attributes in the model', policy.useProtected ? 'allowed' : 'withheld']);
      out.push(['Regularisation (L2)', String(policy.l2)]);
      break;
    case 'fairness':
      out.push(['Wraps', policy.base]);
      out.push(['Constraint', `${policy.constraint} on ${attributeName(scenario, policy.attribute)}`]);
      if (policy.constraint === 'min-representation') out.push(['Floor', String(policy.floor)]);
      if (policy.constraint === 'variance-reduction') out.push(['Tolerance', String(policy.tolerance)]);
      break;
  }
  out.push(['Needs consent', isPersonalised(policy, scenario) ? 'yes: only people who allow personal-data targeting' : 'no']);
  return out;
}
