/** Saving the current scenario as a `.json` file the user can edit, share and open again. */
import type { Scenario, ScenarioInput } from '../../core/scenario';
import { downloadBlob } from '../../charts/export';
import { scenarioToFileText } from '../../core/scenario/share';

/** "Warehouse supervisor job ad" → "warehouse-supervisor-job-ad.json". */
export function scenarioFileName(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${slug || 'scenario'}.json`;
}

/** Downloads the scenario as a file (Blob + `<a download>`); returns the file name used. */
export function saveScenarioFile(scenario: Scenario | ScenarioInput, doc: Document = document): string {
  const fileName = scenarioFileName(scenario.name);
  const blob = new Blob([scenarioToFileText(scenario)], { type: 'application/json' });
  downloadBlob(doc, blob, fileName);
  return fileName;
}
