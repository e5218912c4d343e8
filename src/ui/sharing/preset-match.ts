/**
 * Which preset a scenario is, if it is one unedited: the library recognises a preset opened from a
 * link or a file, so its story and checked claims come back. Compared on the canonical JSON of the
 * parsed scenarios (defaults filled in, keys sorted), so formatting and key order do not matter.
 */
import { loadPreset, PRESET_IDS } from '../../core/presets';
import type { Scenario } from '../../core/scenario';
import { canonicalJson } from '../../core/scenario/share';

let canonical: Map<string, string> | undefined;

/** The id of the preset `scenario` equals, or undefined. */
export function matchingPreset(scenario: Scenario | undefined): string | undefined {
  if (!scenario) return undefined;
  canonical ??= new Map(PRESET_IDS.map((id) => [canonicalJson(loadPreset(id)), id]));
  return canonical.get(canonicalJson(scenario));
}
