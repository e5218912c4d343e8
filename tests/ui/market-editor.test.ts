// @vitest-environment happy-dom
/** The editor on a market scenario with learning: the form keeps the section, the JSON view knows its keys. */
import { afterEach, describe, expect, it } from 'vitest';
import feedbackLoop from '../../scenarios/market-feedback-loop.json';
import schema from '../../scenarios/scenario.schema.json';
import '../../src/ui/editor/register';
import { draftToText } from '../../src/ui/editor/draft';
import type { JsonSchema } from '../../src/ui/editor/schema-help';
import { describeAt, propertySuggestions, valueSuggestions } from '../../src/ui/editor/schema-help';
import { fixture } from './default-text';

afterEach(() => document.body.replaceChildren());
const root = schema as unknown as JsonSchema;
const doc = structuredClone(feedbackLoop) as Record<string, unknown>;

describe('the editor on a market scenario with learning', () => {
  it('opens it valid, and a form edit elsewhere keeps market.learning as it was', async () => {
    const { el, inputs } = await fixture(draftToText(feedbackLoop));
    const size = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('label.field input[type=number]')].find((i) => i.closest('label')?.textContent?.includes('People in the population'))!;
    size.value = '50000';
    size.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const check = inputs.at(-1)!.check;
    expect(check.scenario?.population.size).toBe(50_000);
    expect(check.scenario?.market?.learning).toEqual([
      { policy: 'greedy', exploration: { kind: 'none' } },
      { policy: 'explore', exploration: { kind: 'epsilon-greedy', epsilon: 0.03 } },
      { policy: 'thompson', exploration: { kind: 'thompson' } },
    ]);
    expect(JSON.parse(el.text).market.learning[1].exploration.epsilon).toBe(0.03);
  });

  it('the JSON view describes and suggests the learning keys from the generated schema', () => {
    expect(describeAt(root, ['market', 'learning', 1, 'exploration', 'epsilon'], doc)).toMatch(/with this probability targeted as the best prospect/);
    const withoutLearning = structuredClone(doc) as { market: Record<string, unknown> };
    delete withoutLearning.market.learning;
    expect(propertySuggestions(root, ['market'], withoutLearning).map((s) => s.label)).toContain('learning');
    expect(valueSuggestions(root, ['market', 'learning', 0, 'exploration', 'kind'], doc).map((s) => s.label)).toEqual(['"none"', '"epsilon-greedy"', '"thompson"']);
  });
});
