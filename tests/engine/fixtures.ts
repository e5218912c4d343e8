/** Scenarios for engine tests: the default scenario, resized. */
import { readFileSync } from 'node:fs';
import { mustParseScenario } from '../../src/core/scenario';
import type { Scenario } from '../../src/core/scenario';

const DEFAULT = JSON.parse(readFileSync(new URL('../../scenarios/default.json', import.meta.url), 'utf8')) as Record<string, unknown>;

/** The default scenario with `size` people; history and budget scaled down with it when they would not fit. */
export function defaultScenario(size = 100_000, changes: Record<string, unknown> = {}): Scenario {
  const doc = structuredClone(DEFAULT) as Record<string, unknown> & {
    population: { size: number };
    history: { size: number };
    campaign: { budget: { kind: string; people?: number } };
  };
  const scale = size / doc.population.size;
  doc.population.size = size;
  if (scale < 1) {
    doc.history.size = Math.max(1, Math.round(doc.history.size * scale));
    if (doc.campaign.budget.people !== undefined) doc.campaign.budget.people = Math.max(1, Math.round(doc.campaign.budget.people * scale));
  }
  return mustParseScenario({ ...doc, ...changes });
}
