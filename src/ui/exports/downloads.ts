/**
 * File exports of the app: the scenario, results JSON, metrics CSV and the per-person CSV. The
 * formatting is the audit's (pure functions in core/results); this file only makes files.
 */
import { downloadBlob } from '../../charts/export';
import { metricsCsv } from '../../core/results/metrics-csv';
import { resultsToJson } from '../../core/results/json';
import type { Results } from '../../core/results/types';
import type { EnginePort } from '../run/engine-port';

/** Offers `parts` as a file download (a Blob URL, revoked after the click). */
export function downloadFile(parts: BlobPart[], filename: string, type: string): void {
  downloadBlob(document, new Blob(parts, { type }), filename);
}

/** A file-name stem from a scenario name: lower case, letters/digits/dashes, at most 60 characters. */
export function fileStem(name: string): string {
  const stem = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return stem || 'scenario';
}

export function saveScenarioText(text: string, name: string): void {
  downloadFile([text], `${fileStem(name)}.json`, 'application/json');
}

export function saveResultsJson(results: Results): void {
  downloadFile([resultsToJson(results)], `${fileStem(results.scenario.name)}-results.json`, 'application/json');
}

export function saveMetricsCsv(results: Results): void {
  downloadFile([metricsCsv(results)], `${fileStem(results.scenario.name)}-metrics.csv`, 'text/csv');
}

/** Collects the engine's per-person CSV of `policyId` (chunk by chunk) and offers it as a file. */
export async function savePeopleCsv(engine: EnginePort, results: Results, policyId: string, rows?: number): Promise<void> {
  if (!engine.peopleCsv) throw new Error('this engine cannot export people');
  const parts: string[] = [];
  for await (const text of engine.peopleCsv(policyId, rows === undefined ? {} : { rows })) parts.push(text);
  downloadFile(parts, `${fileStem(results.scenario.name)}-${policyId}-people.csv`, 'text/csv');
}
