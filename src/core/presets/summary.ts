/**
 * What the gallery lists for each preset: plain text read from the scenario's own name and
 * narrative, so a preset file is the single place its story is written.
 */
import type { Scenario } from '../scenario/types';
import type { Preset } from './library';
import { loadPreset } from './library';

export interface PresetSummary {
  readonly id: string;
  readonly title: string;
  /** One line for the list. */
  readonly summary: string;
  /** The single mechanism the preset demonstrates, if it names one. */
  readonly mechanism: string;
  readonly description: string;
  /** What to point at, in the narrative's light markdown (paragraphs, *emphasis*, lists). */
  readonly lookAt: string;
  readonly questions: readonly string[];
  readonly populationSize: number;
  readonly offer: Scenario['campaign']['offer'];
}

export function summarisePreset(preset: Preset): PresetSummary {
  return summariseScenario(preset.id, loadPreset(preset.id));
}

export function summariseScenario(id: string, s: Scenario): PresetSummary {
  const n = s.narrative;
  return {
    id,
    title: s.name,
    summary: n?.summary ?? firstSentence(s.description),
    mechanism: n?.mechanism ?? '',
    description: s.description,
    lookAt: n?.lookAt ?? '',
    questions: n?.questions ?? [],
    populationSize: s.population.size,
    offer: s.campaign.offer,
  };
}

function firstSentence(text: string): string {
  const m = /^[^.!?]*[.!?]/.exec(text.trim());
  return (m ? m[0] : text).trim();
}
