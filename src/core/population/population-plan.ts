/**
 * Everything about a scenario's population that does not depend on the chunk, worked out once:
 * cumulative weight tables, per-code effect arrays, standardisations. Cached per scenario object,
 * so generating many chunks compiles the scenario once.
 */
import type { CategoricalAttribute, Scenario } from '../scenario/types';
import type { CategoricalSampler } from './categorical-sampler';
import { categoricalSampler } from './categorical-sampler';
import type { TermTable } from './group-terms';
import { groupTerms, termTable } from './group-terms';
import type { InteractionTerm } from './interaction-terms';
import { interactionTerms } from './interaction-terms';
import type { LogisticModel } from './logistic-column';
import { logisticModel } from './logistic-column';
import type { NumericSampler } from './numeric-sampler';
import { numericSampler } from './numeric-sampler';

export type AttributeSampler = ({ kind: 'categorical' } & CategoricalSampler) | ({ kind: 'numeric' } & NumericSampler);

export interface PopulationPlan {
  /** In scenario order: an attribute may depend only on attributes before it. */
  readonly attributes: readonly AttributeSampler[];
  /** The categorical ones, in the same order. */
  readonly categorical: readonly CategoricalSampler[];
  readonly conversion: LogisticModel;
  readonly click: LogisticModel;
  /** Undefined when consent.base is 1: everyone consents and no draws are made. */
  readonly consent: LogisticModel | undefined;
  /** Base × multipliers, tabulated (group-terms.ts). */
  readonly price: { readonly base: number; readonly noise: number; readonly multipliers: TermTable; readonly interactions: readonly InteractionTerm[] };
  /** Noise + extra noise of each person's groups, tabulated. */
  readonly observation: { readonly noise: number; readonly extra: TermTable };
}

const cache = new WeakMap<Scenario, PopulationPlan>();

export function populationPlan(scenario: Scenario): PopulationPlan {
  let plan = cache.get(scenario);
  if (!plan) {
    plan = compile(scenario);
    cache.set(scenario, plan);
  }
  return plan;
}

function compile(scenario: Scenario): PopulationPlan {
  const categorical = new Map<string, CategoricalAttribute>();
  const attributes: AttributeSampler[] = [];
  for (const attr of scenario.population.attributes) {
    if (attr.type === 'categorical') {
      attributes.push({ kind: 'categorical', ...categoricalSampler(attr, categorical) });
      categorical.set(attr.id, attr);
    } else {
      attributes.push({ kind: 'numeric', ...numericSampler(attr, categorical) });
    }
  }
  const b = scenario.behaviour;
  return {
    attributes,
    categorical: attributes.flatMap((a) => (a.kind === 'categorical' ? [a] : [])),
    conversion: logisticModel(b.conversion.base, b.conversion.effects, categorical, b.conversion.interactions),
    click: logisticModel(b.click.base, b.click.effects, categorical, b.click.interactions),
    consent: b.consent.base >= 1 ? undefined : logisticModel(b.consent.base, b.consent.effects, categorical, b.consent.interactions),
    price: {
      base: b.price.base,
      noise: b.price.noise,
      multipliers: termTable(b.price.base, groupTerms(b.price.multipliers, categorical, 1), true),
      interactions: interactionTerms(b.price.interactions, categorical, (t) => t.multiplier),
    },
    observation: { noise: b.observation.noise, extra: termTable(b.observation.noise, groupTerms(b.observation.extra, categorical, 0), false) },
  };
}
