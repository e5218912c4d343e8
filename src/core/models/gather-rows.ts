/** Training rows from every chunk, concatenated in chunk order (see row-source.ts on consent). */
import type { AbortSignalLike } from '../engine/chunk-state';
import type { ChunkRunner } from '../engine/runner';
import { modelRows } from './row-tasks';
import type { FeatureSpec } from './feature-spec';
import type { RowSource, TrainingRows } from './row-source';

export async function gatherRows(
  runner: ChunkRunner,
  spec: FeatureSpec,
  source: RowSource,
  signal?: AbortSignalLike,
): Promise<TrainingRows> {
  const parts = await runner.map(modelRows, { spec, source }, signal);
  const cols = spec.columns.length;
  const rows = parts.reduce((n, p) => n + p.rows, 0);
  const X = new Float64Array(rows * cols);
  const y = new Uint8Array(rows);
  let at = 0;
  for (const p of parts) {
    X.set(p.X, at * cols);
    y.set(p.y, at);
    at += p.rows;
  }
  return { X, y, rows, cols };
}

/**
 * A random sample of about `rate` × the eligible people (uniform per person from
 * stream(seed, 'chunk', i, 'sample', name) below `rate`), e.g. the lookalike's comparison sample
 * with `label: 0`. Consent is required unless `requireConsent: false`.
 */
export function gatherSampleRows(
  runner: ChunkRunner,
  spec: FeatureSpec,
  sample: { name: string; rate: number } & Omit<RowSource, 'sample'>,
  signal?: AbortSignalLike,
): Promise<TrainingRows> {
  const { name, rate, ...rest } = sample;
  return gatherRows(runner, spec, { ...rest, sample: { name, rate } }, signal);
}
