/**
 * A JIT warm-up for fresh workers: the scenario itself, shrunk to one small chunk, run once on a
 * scratch runner whose results are thrown away. A fresh V8 isolate compiles a hot loop (on-stack
 * replacement) before the code after it, or a rarely taken branch, has ever run; when execution
 * gets there the optimized code is thrown away for want of type feedback and compiled again. A
 * small run first gives every path of this scenario's steps its feedback, so the real run's
 * compiles stick. Nothing of it reaches the results: its chunks, stores and caches are its own.
 */
import type { Budget, Scenario } from '../scenario/types';

/** People in the warm-up's single chunk. */
export const WARM_UP_PEOPLE = 2000;

/**
 * The scenario at `people` people: the history, any budget in people or money, a lookalike's
 * sample and the audit's thresholds scaled by the same factor (at least 1), so the campaign keeps
 * its shape and the same selection and audit paths run; one replicate. Undefined for a market scenario (its rounds would cost more than they save) or one
 * that is not larger than the warm-up.
 */
export function warmUpScenario(scenario: Scenario, people = WARM_UP_PEOPLE): Scenario | undefined {
  const size = scenario.population.size;
  if (scenario.market || size <= people) return undefined;
  const scale = (n: number) => Math.max(1, Math.round((n * people) / size));
  // A copy of the parts that change; the rest is shared with the scenario and only read.
  return {
    ...scenario,
    population: { ...scenario.population, size: people },
    history: { ...scenario.history, size: Math.min(people, scale(scenario.history.size)) },
    campaign: { ...scenario.campaign, budget: scaledBudget(scenario.campaign.budget, people / size, scale) },
    // A lookalike's comparison sample, and the audit's small-group thresholds, shrink alike.
    policies: scenario.policies.map((p) => ('sampleSize' in p && typeof p.sampleSize === 'number' ? { ...p, sampleSize: scale(p.sampleSize) } : p)),
    audit: { ...scenario.audit, minGroupSize: scale(scenario.audit.minGroupSize), minCount: scale(scenario.audit.minCount), replicates: 1 },
  };
}

function scaledBudget(budget: Budget, factor: number, scale: (n: number) => number): Budget {
  if (budget.kind === 'spend') return { ...budget, amount: budget.amount * factor };
  return budget.people === undefined ? { ...budget } : { ...budget, people: scale(budget.people) };
}
