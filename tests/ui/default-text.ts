/** The default scenario as the app shows it, for component tests. */
import defaultScenario from '../../scenarios/default.json';
import type { FgScenarioEditor, ScenarioInputDetail } from '../../src/ui/editor';
import { draftToText } from '../../src/ui/editor/draft';

export const DEFAULT_TEXT = draftToText(defaultScenario);

export function parsedDefault() {
  const value = JSON.parse(DEFAULT_TEXT) as { population: { attributes: { table?: Record<string, number[]> }[] } };
  return { tableOf: (i: number) => value.population.attributes[i]?.table ?? {} };
}

/** Mounts an editor on `text` and collects the scenario-input events it fires. */
export async function fixture(text = DEFAULT_TEXT): Promise<{ el: FgScenarioEditor; inputs: ScenarioInputDetail[] }> {
  const el = document.createElement('fg-scenario-editor');
  el.text = text;
  const inputs: ScenarioInputDetail[] = [];
  el.addEventListener('scenario-input', (e) => inputs.push((e as CustomEvent<ScenarioInputDetail>).detail));
  document.body.append(el);
  await el.updateComplete;
  return { el, inputs };
}
