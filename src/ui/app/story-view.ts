/**
 * The shell's part of a preset's story: the steps of the preset on screen (worked out once per
 * run), the `<fg-story>` above the overview, and what Back and Next do (set the dashboard's policy,
 * comparison, attribute and highlighted chart from the step).
 */
import { html, nothing } from 'lit';
import { loadPreset, PRESET_IDS, summariseScenario } from '../../core/presets';
import type { Results } from '../../core/results/types';
import { buildStory } from '../story/story-steps';
import type { StoryStep } from '../story/story-steps';
import type { AppState } from './app-state';

let cached: { preset: string; results: Results; workshop: boolean; steps: StoryStep[] } | undefined;

/** The story steps of the preset on screen, once its own results are in (none while another scenario's show). */
export function storySteps(app: AppState): StoryStep[] {
  const preset = app.presetId;
  const results = app.runs.results;
  if (!preset || !PRESET_IDS.includes(preset) || !results || !app.check.scenario || app.runs.resultsScenario !== app.check.scenario) return [];
  if (cached?.preset !== preset || cached.results !== results || cached.workshop !== app.workshop) {
    cached = { preset, results, workshop: app.workshop, steps: buildStory(summariseScenario(preset, loadPreset(preset)), results, app.workshop) };
  }
  return cached.steps;
}

/** Shows step `step` and sets the dashboard to what it points at. */
export function goToStep(app: AppState, step: number): void {
  const steps = storySteps(app);
  const target = steps[Math.max(0, Math.min(steps.length - 1, step))];
  if (!target) return;
  app.storyStep = steps.indexOf(target);
  app.selection = { ...app.selection, policy: target.policy, comparePolicy: target.compare, attribute: target.attribute, highlight: target.highlight, column: '' };
}

/** In workshop mode, one step per screen: the step's chart, or the overview it talks about. */
export function storyFocus(app: AppState): '' | 'chart' | 'overview' {
  if (!app.workshop || !app.storyOpen) return '';
  const steps = storySteps(app);
  const step = steps[Math.min(app.storyStep, steps.length - 1)];
  if (!step) return '';
  return step.highlight ? 'chart' : 'overview';
}

export function renderStory(app: AppState) {
  const steps = app.storyOpen ? storySteps(app) : [];
  if (!steps.length) return nothing;
  return html`<fg-story slot="story" .steps=${steps} .step=${Math.min(app.storyStep, steps.length - 1)} .workshop=${app.workshop}
    .results=${app.runs.results} ?large=${app.large}
    @story-step=${(e: CustomEvent<{ step: number }>) => goToStep(app, e.detail.step)}
    @story-workshop=${(e: CustomEvent<{ workshop: boolean }>) => {
      app.workshop = e.detail.workshop;
      app.storyStep = 0;
    }}
    @story-close=${() => (app.storyOpen = false)}></fg-story>`;
}
