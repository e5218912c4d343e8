/**
 * Which scenario the app opens with: a scenario in the URL hash wins (someone sent a link), then
 * the autosaved working scenario, then the default. A broken link is reported, not silently
 * replaced: the app shows the issues above whichever scenario it falls back to.
 */
import type { Issue, Scenario } from '../../core/scenario';
import { hasScenarioLink, scenarioFromLink } from '../../core/scenario/share';
import type { AutosaveEntry } from './autosave';

export type StartupChoice =
  | { source: 'link'; scenario: Scenario }
  | { source: 'autosave'; entry: AutosaveEntry; linkIssues: Issue[] }
  | { source: 'default'; linkIssues: Issue[] };

export function chooseStartupScenario(hash: string, autosaved: AutosaveEntry | undefined): StartupChoice {
  let linkIssues: Issue[] = [];
  if (hasScenarioLink(hash)) {
    const r = scenarioFromLink(hash);
    if (r.ok) return { source: 'link', scenario: r.scenario };
    linkIssues = r.issues;
  }
  if (autosaved) return { source: 'autosave', entry: autosaved, linkIssues };
  return { source: 'default', linkIssues };
}
