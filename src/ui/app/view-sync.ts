/**
 * The shell's view in the URL (src/ui/sharing/view-state.ts): what to open with, and keeping the
 * address bar's hash in step with what is on screen, so a reload or a shared link shows the same.
 */
import { loadPreset, PRESET_IDS } from '../../core/presets';
import type { ScenarioInput } from '../../core/scenario';
import { hasScenarioLink, scenarioToLink } from '../../core/scenario/share';
import { draftToText } from '../editor/draft';
import type { AutosaveEntry } from '../sharing';
import { shareUrl } from '../sharing';
import type { ViewState } from '../sharing/view-state';
import { hashFor, scenarioPart, viewFromHash, viewToParams } from '../sharing/view-state';
import { startupScenario } from './scenario-files';
import type { Startup } from './scenario-files';
import type { AppState } from './app-state';

export interface StartupView extends Startup {
  view: ViewState;
}

/**
 * What to open with: a scenario in the link, else a preset named by the link (`#preset=…`), else
 * the autosave or the default; with the view the link asks for.
 */
export function startupView(hash: string, autosaved: AutosaveEntry | undefined, defaultText: string): StartupView {
  const view = viewFromHash(hash);
  if (!hasScenarioLink(hash) && view.preset && PRESET_IDS.includes(view.preset)) {
    return { text: draftToText(loadPreset(view.preset)), notice: '', source: 'link', view };
  }
  const start = startupScenario(hash, autosaved, defaultText);
  return { ...start, view };
}

/**
 * Replaces the hash with `view`, without a history entry. The scenario's `s=` stays while it is
 * still the scenario on screen (an unedited preset needs only its id); once the scenario is edited
 * it goes, so a reload restores the edit (autosave) rather than the old link.
 */
export function syncHash(view: ViewState, draft: ScenarioInput | undefined, win: Window = window): void {
  const part = scenarioPart(win.location.hash);
  const current = part && draft !== undefined && `#${part}` === scenarioToLink(draft) ? part : '';
  const hash = hashFor(view, current);
  if (hash === win.location.hash || (hash === '' && win.location.hash === '')) return;
  const base = win.location.href.split('#')[0] ?? '';
  win.history.replaceState(win.history.state, '', `${base}${hash}`);
}

/** Copies a link to the scenario and the view, and puts it in the address bar. Returns what to tell the user. */
export async function shareWithView(draft: ScenarioInput | undefined, view: ViewState): Promise<string> {
  if (!draft) return 'Fix the JSON before sharing the scenario.';
  const link = shareUrl(draft, location.href);
  if (!link.ok) return link.message;
  const params = viewToParams(view);
  const url = params ? `${link.url}&${params}` : link.url;
  history.replaceState(history.state, '', url);
  const copied = await navigator.clipboard?.writeText(url).then(() => true, () => false);
  return copied ? 'Link copied: it holds the whole scenario and this view.' : 'The link is in the address bar: copy it from there.';
}

/**
 * Opens the view a link asks for. The editor starts beside the results on a wide desk (≥ 1440 px)
 * and hidden elsewhere (a 1280 laptop, a projector, Large text, a phone), so the overview of every
 * policy fits the first screen; "Show editor" brings it back.
 */
export function applyView(app: AppState, view: ViewState): void {
  const media = (query: string) => typeof matchMedia === 'function' && matchMedia(query).matches;
  app.large = view.large ?? false;
  app.editorOpen = view.tab !== undefined ? !media('(max-width: 760px)') : !media('(max-width: 1439px), (max-height: 760px)') && !app.large;
  if (view.tab === 'library') app.panel = 'library';
  if (view.tab === 'json') app.editorView = 'json';
  app.storyStep = view.step ?? 0;
  // The story opens when a preset is chosen, or when a link names a step.
  app.storyOpen = view.step !== undefined;
  app.workshop = view.workshop ?? false;
  app.selection = { policy: view.policy ?? '', comparePolicy: view.compare ?? '', attribute: view.attribute ?? '', comparisonX: view.across ?? 'conversions' };
}

/** What the URL should say about the view on screen. */
export function currentView(app: AppState): ViewState {
  const editor = app.renderRoot?.querySelector<HTMLElement & { view?: 'form' | 'json' }>('fg-scenario-editor');
  const s = app.selection;
  return {
    ...(app.presetId ? { preset: app.presetId, ...(app.storyOpen ? { step: app.storyStep, workshop: app.workshop } : {}) } : {}),
    policy: s.policy || undefined, compare: s.comparePolicy || undefined, attribute: s.attribute || undefined,
    across: s.comparisonX === 'conversions' ? undefined : s.comparisonX,
    tab: app.editorOpen ? (app.panel === 'library' ? 'library' : (editor?.view ?? app.editorView)) : undefined,
    large: app.large,
  };
}
