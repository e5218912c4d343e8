// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/ui/story/register';
import type { PresetSummary } from '../../src/core/presets';
import { buildStory } from '../../src/ui/story';
import type { StoryStep } from '../../src/ui/story';
import { fixture } from '../charts/fixture';

const PRESET: PresetSummary = {
  id: 'fixture', title: 'The fixture', summary: 'Delivery leaves women out.', mechanism: 'clicks', description: 'Long description.',
  lookAt: 'Compare *women* under random and delivery.', questions: ['Who is responsible?', 'What would you change?'], populationSize: 1000, offer: 'opportunity',
};

describe('buildStory', () => {
  it('walks from the setting to what to look at (the harmful policy beside the baseline) to the questions', () => {
    const steps = buildStory(PRESET, fixture(), false);
    expect(steps.map((s) => s.title)).toEqual(['The fixture', 'What to look at', 'Questions to discuss']);
    expect(steps[1]).toMatchObject({ policy: 'delivery', compare: 'random', attribute: 'gender', highlight: 'fg-reach-share-chart', text: PRESET.lookAt });
    expect(steps[2]!.questions).toEqual(PRESET.questions);
  });

  it('in workshop mode asks for a prediction among the judged groups before the reveal', () => {
    const steps = buildStory(PRESET, fixture(), true);
    expect(steps.map((s) => s.title)).toEqual(['The fixture', 'Predict first', 'What to look at', 'Questions to discuss']);
    // Non-binary (20 people) is too small to judge, so it is no option; Women get 0.62×.
    expect(steps[1]!.predict).toEqual({
      question: 'Which Gender group does Delivery reach least?', options: ['Women', 'Men'], answer: 'Women', reveal: 'Women: 0.62× a fair share under Delivery.',
    });
  });

  it('adds what a fairness policy changes and costs when there is one', () => {
    const results = fixture();
    results.policies[2]!.type = 'fairness';
    const step = buildStory(PRESET, results, false).find((s) => s.title === 'What fairness costs')!;
    expect(step).toMatchObject({ policy: 'none', compare: 'delivery', highlight: 'fg-policy-comparison-chart' });
    expect(step.text).toBe('*None* adds a fairness constraint. It leaves out no judged group. It gets 0 expected conversions at n/a each; Delivery gets 40 expected conversions at 10.00 each.');
  });
});

afterEach(() => document.body.replaceChildren());

describe('<fg-story>', () => {
  it('shows one step with Back and Next, and hides the answer until Reveal', async () => {
    const el = document.createElement('fg-story');
    el.steps = buildStory(PRESET, fixture(), true) as StoryStep[];
    el.step = 1;
    const moves: number[] = [];
    el.addEventListener('story-step', (e) => moves.push((e as CustomEvent<{ step: number }>).detail.step));
    document.body.append(el);
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(root.querySelector('#story-count')!.textContent).toBe('Story · step 2 of 4');
    const button = (text: string) => [...root.querySelectorAll('button')].find((b) => b.textContent!.trim() === text)!;
    button('Next').click();
    button('Back').click();
    expect(moves).toEqual([2, 0]);
    expect(root.querySelector('.reveal')).toBeNull();
    button('Men').click();
    button('Reveal the answer').click();
    await el.updateComplete;
    expect(root.querySelector('.reveal')!.textContent!.replace(/\s+/g, ' ').trim()).toBe('Women: 0.62× a fair share under Delivery. Your guess was Men.');
  });
});

describe('<fg-dashboard> in workshop mode', () => {
  it('shows one step per screen: only the overview for a step about the table, nothing else for a step with its own chart', async () => {
    await import('../../src/ui/app/register');
    const dashboard = document.createElement('fg-dashboard');
    dashboard.results = fixture();
    document.body.append(dashboard);
    const shown = async (focus: '' | 'chart' | 'overview') => {
      dashboard.storyFocus = focus;
      await dashboard.updateComplete;
      const root = dashboard.shadowRoot!;
      return { overview: root.querySelector('fg-overview') !== null, charts: root.querySelector('.grid') !== null, story: root.querySelector('slot[name="story"]') !== null };
    };
    expect(await shown('')).toEqual({ overview: true, charts: true, story: true });
    expect(await shown('overview')).toEqual({ overview: true, charts: false, story: true });
    expect(await shown('chart')).toEqual({ overview: false, charts: false, story: true });
  });
});

describe('<fg-story> with a presentation clicker', () => {
  it('steps on Page Down / Page Up in workshop mode only, never past the ends', async () => {
    const el = document.createElement('fg-story');
    el.steps = buildStory(PRESET, fixture(), true) as StoryStep[];
    el.step = 0;
    const moves: number[] = [];
    el.addEventListener('story-step', (e) => moves.push((e as CustomEvent<{ step: number }>).detail.step));
    document.body.append(el);
    await el.updateComplete;
    const press = (key: string) => window.dispatchEvent(new KeyboardEvent('keydown', { key }));
    press('PageDown');
    expect(moves).toEqual([]);
    el.workshop = true;
    press('PageDown');
    press('PageUp');
    el.step = 3;
    press('ArrowRight');
    press('ArrowLeft');
    expect(moves).toEqual([1, 2]);
  });
});
