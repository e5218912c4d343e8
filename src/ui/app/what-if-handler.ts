/**
 * The app's side of a what-if: apply it to the scenario on screen in one edit and run once, or
 * say why nothing changes and run nothing. Events come from the findings panel, the charts and the
 * overview (`fg-what-if`, detail: a `WhatIf`).
 */
import { draftToText } from '../editor/draft';
import type { Draft } from '../editor/draft';
import type { Scenario } from '../../core/scenario/types';
import { applyWhatIf } from '../what-if';
import type { WhatIf } from '../what-if';

export interface WhatIfHost {
  readonly check: { draft: Draft | undefined; scenario: Scenario | undefined };
  /** Replaces the text and runs it now (one run). */
  setScenarioText(text: string, options: { runNow?: boolean }): void;
  /** Shows the policy (a new fairness policy) once its results arrive. */
  showPolicy(id: string): void;
  say(text: string): void;
  /** The file is no longer an unedited preset. */
  edited(): void;
}

const KINDS = new Set(['exclude-group', 'drop-feature', 'add-constraint', 'set-budget']);

/** Reads a what-if from an event's detail, or undefined if it is not one. */
export function readWhatIf(detail: unknown): WhatIf | undefined {
  if (typeof detail !== 'object' || detail === null) return undefined;
  const d = detail as Record<string, unknown>;
  if (typeof d.kind !== 'string' || !KINDS.has(d.kind)) return undefined;
  const text = (k: string) => typeof d[k] === 'string';
  if (d.kind === 'exclude-group' && text('attribute') && text('group')) return d as WhatIf;
  if (d.kind === 'drop-feature' && text('policy') && text('feature')) return d as WhatIf;
  if (d.kind === 'add-constraint' && text('policy') && text('attribute') && d.constraint === 'demographic-parity') return d as WhatIf;
  if (d.kind === 'set-budget' && typeof d.share === 'number') return d as WhatIf;
  return undefined;
}

export function handleWhatIf(host: WhatIfHost, detail: unknown): void {
  const whatIf = readWhatIf(detail);
  if (!whatIf) return;
  const { draft, scenario } = host.check;
  if (!draft || !scenario) {
    host.say('Fix the scenario’s problems first: a what-if starts from a valid scenario.');
    return;
  }
  const outcome = applyWhatIf(draft, scenario, whatIf);
  if (!outcome.changed) {
    host.say(`${outcome.reason} Nothing to run.`);
    return;
  }
  host.edited();
  if (outcome.select) host.showPolicy(outcome.select);
  host.setScenarioText(draftToText(outcome.draft), { runNow: true });
  host.say(outcome.summary);
}
