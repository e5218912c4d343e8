/**
 * Seeded random streams. Every draw in Fairground comes from a stream named by the scenario seed
 * and a path such as ('chunk', 7, 'attr', 'gender'). The path is hashed (seedrandom's Alea, whose
 * Mash hash digests the whole key) — streams are never made by adding an index to a seed, so
 * neighbouring chunks and replicates are unrelated.
 *
 * Naming a stream by what it draws (one per attribute, one per behaviour column, one per policy)
 * keeps common random numbers across edits: changing a price does not change who converts.
 */
import { AleaStream } from './alea';

export type Seed = string | number;

export type { Rng } from './alea';

export function streamKey(seed: Seed, parts: readonly (string | number)[]): string {
  return JSON.stringify([seed, ...parts]);
}

/** seedrandom's Alea keyed by the seed and path (alea.ts: the same numbers, also drawn in blocks). */
export function stream(seed: Seed, ...parts: (string | number)[]): AleaStream {
  return new AleaStream(streamKey(seed, parts));
}

/** Seed of replicate r (r = 0 is the scenario seed itself). */
export function replicateSeed(seed: Seed, replicate: number): Seed {
  return replicate === 0 ? seed : streamKey(seed, ['replicate', replicate]);
}
