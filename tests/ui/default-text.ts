/** The default scenario as the app shows it, for component tests. */
import defaultScenario from '../../scenarios/default.json';
import { draftToText } from '../../src/ui/editor/draft';

export const DEFAULT_TEXT = draftToText(defaultScenario);

export function parsedDefault() {
  const value = JSON.parse(DEFAULT_TEXT) as { population: { attributes: { table?: Record<string, number[]> }[] } };
  return { tableOf: (i: number) => value.population.attributes[i]?.table ?? {} };
}
