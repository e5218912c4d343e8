/**
 * The random stream of every column of one chunk, keyed (seed, 'chunk', index, column…) as
 * generate-chunk.ts describes. A column that takes exactly one uniform or one normal per person
 * gets its whole block drawn ahead, several streams side by side (random/alea-blocks.ts): the same
 * numbers in the same order, in less time. Beta attributes draw a varying number per person and
 * keep a live stream; so do the columns that step their streams in the loop that uses the draws:
 * categorical columns picked four at a time (categorical-draws.ts) and the logistic columns.
 */
import type { DrawKind, DrawRequest } from '../random/alea-blocks';
import { predraw } from '../random/alea-blocks';
import type { Rng, Seed } from '../random/stream';
import { stream } from '../random/stream';
import type { ChunkSpan } from './chunk';
import type { PopulationPlan } from './population-plan';
import { pickedInGroups } from './categorical-draws';
import type { AleaStream } from '../random/alea';

export interface ColumnStreams {
  attribute(id: string): Rng;
  /** The live stream of a categorical column picked in a group (categorical-draws.ts). */
  categorical(id: string): AleaStream;
  readonly conversion: Rng;
  readonly click: Rng;
  /** Undefined when the plan draws no consent. */
  readonly consent: Rng | undefined;
  readonly price: Rng;
  observe(id: string): Rng;
}

/** Blocks reused from chunk to chunk (generation is synchronous: one set per thread). */
const pool: Float64Array[] = [];

/**
 * The streams of a chunk's columns, seeded once; `next(m)` draws the blocks of the chunk's next m
 * people (the slices of a chunk come in order) and gives every column its stream for them.
 */
export function columnStreams(plan: PopulationPlan, seed: Seed, span: ChunkSpan): { next(m: number): ColumnStreams } {
  const names: string[] = [];
  const requests: DrawRequest[] = [];
  const live = new Map<string, AleaStream>();
  const add = (name: string, kind: DrawKind | undefined, ...column: (string | number)[]) => {
    const s = stream(seed, 'chunk', span.index, ...column);
    if (kind) {
      names.push(name);
      requests.push({ stream: s, kind });
    } else live.set(name, s);
  };
  for (const a of plan.attributes) {
    const kind =
      a.kind === 'categorical' ? (pickedInGroups(a) ? undefined : 'uniforms') : a.distribution.kind === 'beta' ? undefined : a.distribution.kind === 'uniform' ? 'uniforms' : 'normals';
    add(`attr:${a.id}`, kind, 'attr', a.id);
  }
  // Logistic columns step their streams in their outcome loops (logistic-column.ts).
  add('conversion', undefined, 'conversion');
  add('click', undefined, 'click');
  if (plan.consent) add('consent', undefined, 'consent');
  // A column whose settings make no draws gets a live stream that is never read.
  add('price', plan.price.noise !== 0 ? 'normals' : undefined, 'price');
  const observes = plan.observation.noise !== 0 || plan.observation.extra.count > 0;
  for (const a of plan.attributes) if (a.kind === 'numeric') add(`observe:${a.id}`, observes ? 'normals' : undefined, 'observe', a.id);

  const categorical = (id: string): AleaStream => {
    const s = live.get(`attr:${id}`);
    if (!s) throw new Error(`population: no live stream for column attr:${id}`);
    return s;
  };
  return {
    next(m: number): ColumnStreams {
      const blocks = predraw(requests, m, pool);
      const drawn = new Map<string, Rng>(names.map((name, k) => [name, blocks[k] as Rng]));
      const get = (name: string): Rng => {
        const s = drawn.get(name) ?? live.get(name);
        if (!s) throw new Error(`population: no stream for column ${name}`);
        return s;
      };
      return {
        attribute: (id) => get(`attr:${id}`),
        categorical,
        conversion: get('conversion'),
        click: get('click'),
        consent: plan.consent ? get('consent') : undefined,
        price: get('price'),
        observe: (id) => get(`observe:${id}`),
      };
    },
  };
}
