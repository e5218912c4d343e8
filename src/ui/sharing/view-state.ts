/**
 * The view in the URL: which preset and story step, policy, comparison, attribute, side-panel tab
 * and Large text are on screen, as `&`-separated parameters in the hash beside the scenario's own
 * `s=` (or, for an unedited preset, instead of it: `#preset=job-ad-delivery&step=2`). A link opens
 * exactly what was shared; the hash never reaches a server.
 *
 * Parameters come from strangers: each is checked against a fixed form (ids of at most 64 safe
 * characters, small step numbers, known tab names) and anything else is dropped, never evaluated.
 * Whether a policy or attribute id exists is for the dashboard to decide (it falls back).
 */
import type { ComparisonAxis } from '../../charts/policy-comparison/layout';

export type PanelTab = 'library' | 'form' | 'json';

export interface ViewState {
  preset?: string;
  /** Story step, 0-based. */
  step?: number;
  /** The story in workshop mode (predict first, one step per screen). */
  workshop?: boolean;
  policy?: string;
  compare?: string;
  attribute?: string;
  /** What the policy comparison puts across. */
  across?: ComparisonAxis;
  tab?: PanelTab;
  large?: boolean;
}

const ID = /^[A-Za-z0-9][A-Za-z0-9_.:×|+-]{0,63}$/u;
const TABS: readonly PanelTab[] = ['library', 'form', 'json'];
const AXES: readonly ComparisonAxis[] = ['conversions', 'costPerConversion'];
/** The longest story the step number may point into (presets have a handful of steps). */
const MAX_STEP = 99;

const KEYS = { preset: 'preset', step: 'step', workshop: 'workshop', policy: 'policy', compare: 'compare', attribute: 'attr', across: 'across', tab: 'tab', large: 'large' } as const;

function fragmentParts(hash: string): [string, string][] {
  const at = hash.indexOf('#');
  const fragment = at >= 0 ? hash.slice(at + 1) : hash;
  return fragment.split('&').flatMap((part): [string, string][] => {
    const eq = part.indexOf('=');
    if (eq <= 0) return [];
    try {
      return [[part.slice(0, eq), decodeURIComponent(part.slice(eq + 1))]];
    } catch {
      return [];
    }
  });
}

/** The view parameters of a hash (`#s=…&policy=…` or `#preset=…`); unknown or malformed ones are dropped. */
export function viewFromHash(hash: string): ViewState {
  const view: ViewState = {};
  for (const [key, value] of fragmentParts(hash)) {
    if (key === KEYS.preset && ID.test(value)) view.preset = value;
    else if (key === KEYS.policy && ID.test(value)) view.policy = value;
    else if (key === KEYS.compare && ID.test(value)) view.compare = value;
    else if (key === KEYS.attribute && ID.test(value)) view.attribute = value;
    else if (key === KEYS.step && /^\d{1,2}$/.test(value) && Number(value) <= MAX_STEP) view.step = Number(value);
    else if (key === KEYS.tab && (TABS as readonly string[]).includes(value)) view.tab = value as PanelTab;
    else if (key === KEYS.across && (AXES as readonly string[]).includes(value)) view.across = value as ComparisonAxis;
    else if (key === KEYS.large && value === '1') view.large = true;
    else if (key === KEYS.workshop && value === '1') view.workshop = true;
  }
  return view;
}

/** `preset=…&step=…&…` for a view (no leading `#` or `&`); empty when nothing is set. */
export function viewToParams(view: ViewState): string {
  const parts: string[] = [];
  const add = (key: string, value: string | undefined) => {
    if (value !== undefined && value !== '') parts.push(`${key}=${encodeURIComponent(value)}`);
  };
  add(KEYS.preset, view.preset);
  add(KEYS.step, view.step === undefined ? undefined : String(view.step));
  add(KEYS.workshop, view.workshop ? '1' : undefined);
  add(KEYS.policy, view.policy);
  add(KEYS.compare, view.compare);
  add(KEYS.attribute, view.attribute);
  add(KEYS.across, view.across);
  add(KEYS.tab, view.tab);
  add(KEYS.large, view.large ? '1' : undefined);
  return parts.join('&');
}

/** The scenario part of a hash (`s=…`), without the view; empty when there is none. */
export function scenarioPart(hash: string): string {
  const at = hash.indexOf('#');
  const fragment = at >= 0 ? hash.slice(at + 1) : hash;
  return fragment.split('&').find((p) => p.startsWith('s=')) ?? '';
}

/**
 * The hash for a view: an unedited preset needs only its id; any other scenario keeps its `s=`
 * part (`scenario`, as from `scenarioToLink`, with or without `#`).
 */
export function hashFor(view: ViewState, scenario: string): string {
  const s = view.preset ? '' : scenario.replace(/^#/, '');
  const params = viewToParams(view);
  const joined = [s, params].filter(Boolean).join('&');
  return joined ? `#${joined}` : '';
}
