/**
 * The per-person export (`people.csv`) of one policy's run, streamed chunk by chunk: write
 * `peopleCsvHeader(scenario)` once, then `peopleCsvLines(...)` for every chunk in chunk order.
 *
 * Columns: `entity_id` (global person index), one column per attribute (category id; numeric true
 * value rounded to the attribute's `digits`), then
 * - `score`: the policy's decision, 1 = reached, 0 = not. Aequitas reads `score` as the binary
 *   prediction when no score thresholds are given;
 * - `selected`: the same decision under the name Fairlearn users pass as `y_pred`;
 * - `model_score`: the policy's continuous score (empty where the person was not a candidate);
 * - `label_value`: the potential conversion y (Aequitas' and Fairlearn's true label).
 * An attribute whose id clashes with one of these names is written as `attr_<id>`.
 */
import { generatedChunk, stored } from '../engine/chunk-access';
import type { ChunkState } from '../engine/chunk-state';
import { chunkTask } from '../engine/chunk-task';
import { scoreKey, selectedKey } from '../engine/store-keys';
import type { PopulationChunk } from '../population/chunk';
import type { Attribute, Scenario } from '../scenario/types';
import { csvField } from './csv';
import { own } from '../records/own';

export const PEOPLE_COLUMNS = ['score', 'selected', 'model_score', 'label_value'] as const;
const RESERVED = new Set<string>(['entity_id', ...PEOPLE_COLUMNS]);

export function attributeColumn(id: string): string {
  return RESERVED.has(id) ? `attr_${id}` : id;
}

export function peopleCsvHeader(scenario: Scenario): string {
  const cols = ['entity_id', ...scenario.population.attributes.map((a) => attributeColumn(a.id)), ...PEOPLE_COLUMNS];
  return cols.map(csvField).join(',') + '\n';
}

function formatValue(a: Attribute, v: number): string {
  if (!Number.isFinite(v)) return '';
  return a.type === 'numeric' && a.digits !== undefined ? String(Number(v.toFixed(a.digits))) : String(v);
}

/** Float32 scores carry about 7 significant digits; more would print float noise. */
function formatScore(v: number): string {
  return v === v ? String(Number(v.toPrecision(7))) : '';
}

/**
 * CSV lines (each ending in `\n`) for every person of one chunk. `selected` is the policy's mask;
 * `score` its scores (NaN = not a candidate), or undefined for a policy without scores.
 */
export function peopleCsvLines(
  scenario: Scenario,
  chunk: PopulationChunk,
  selected: Uint8Array,
  score: Float32Array | undefined,
): string {
  const attrs = scenario.population.attributes;
  const columns = attrs.map((a) => (a.type === 'categorical' ? own(chunk.codes, a.id) : own(chunk.values, a.id)));
  const ids = attrs.map((a) => (a.type === 'categorical' ? a.categories.map((c) => csvField(c.id)) : []));
  const lines: string[] = [];
  for (let i = 0; i < chunk.size; i++) {
    const cells: string[] = [String(chunk.start + i)];
    attrs.forEach((a, k) => {
      const col = columns[k];
      const v = col ? (col[i] as number) : NaN;
      cells.push(a.type === 'categorical' ? (ids[k]?.[v] ?? '') : formatValue(a, v));
    });
    const s = selected[i] === 1 ? '1' : '0';
    cells.push(s, s, score ? formatScore(score[i] as number) : '', String(chunk.converts[i]));
    lines.push(cells.join(','));
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}

/** Task: `peopleCsvLines` for one chunk (streamed chunk by chunk: workers/people-export.ts). */
export const peopleCsv = chunkTask('peopleCsv', (state: ChunkState, args: { policy: string }): string =>
  peopleCsvLines(state.scenario, generatedChunk(state), stored(state, selectedKey(args.policy)), state.store.get(scoreKey(args.policy))),
);
