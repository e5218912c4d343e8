/**
 * Categorical columns drawn and picked four at a time (categorical-draws.ts) against the plain
 * path, column by column: sampleCategorical on a stream of the same key. Same codes, and every
 * stream left where the plain path leaves it; and, at every cut and guide-bucket edge, the same
 * category as the plain inverse-CDF scan.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawCategoricals } from '../../src/core/population/categorical-draws';
import type { CategoricalSampler } from '../../src/core/population/categorical-sampler';
import { categoricalSampler, GUIDE_BUCKETS, GUIDE_SCAN, sampleCategorical } from '../../src/core/population/categorical-sampler';
import { AleaStream } from '../../src/core/random/alea';
import type { CategoricalAttribute } from '../../src/core/scenario';

function attribute(id: string, k: number, extra: Partial<CategoricalAttribute>): CategoricalAttribute {
  return { id, type: 'categorical', protected: false, categories: Array.from({ length: k }, (_, j) => ({ id: `c${j}` })), ...extra };
}

const weightsArb = (k: number) => fc.array(fc.integer({ min: 0, max: 5 }), { minLength: k, maxLength: k }).filter((w) => w.some((x) => x > 0));

/** Attributes a0, a1, … each with 0, 1 or 2 parents among the earlier ones, and a weight row per parent combination. */
const attributesArb = fc
  .array(fc.record({ k: fc.integer({ min: 1, max: 5 }), parents: fc.integer({ min: 0, max: 2 }), pick: fc.nat(), seed: fc.nat() }), { minLength: 1, maxLength: 10 })
  .chain((specs) => {
    const attrs: { id: string; k: number; given: string[] }[] = [];
    specs.forEach((s, i) => {
      const given: string[] = [];
      for (let p = 0; p < Math.min(s.parents, i); p++) {
        const id = `a${(s.pick + p * 7) % i}`;
        if (!given.includes(id)) given.push(id);
      }
      attrs.push({ id: `a${i}`, k: s.k, given });
    });
    const rowsOf = (a: { given: string[] }) => a.given.reduce((r, id) => r * attrs.find((b) => b.id === id)!.k, 1);
    return fc.tuple(...attrs.map((a) => fc.array(weightsArb(a.k), { minLength: rowsOf(a), maxLength: rowsOf(a) }))).map((tables) => ({ attrs, tables }));
  });

function samplers({ attrs, tables }: { attrs: { id: string; k: number; given: string[] }[]; tables: number[][][] }): CategoricalSampler[] {
  const index = new Map<string, CategoricalAttribute>();
  return attrs.map((a, i) => {
    const rows = tables[i]!;
    let attr: CategoricalAttribute;
    if (a.given.length === 0) attr = attribute(a.id, a.k, { weights: rows[0]! });
    else {
      const parents = a.given.map((id) => index.get(id)!);
      const table: Record<string, number[]> = {};
      rows.forEach((w, r) => {
        let rest = r;
        const key: string[] = [];
        for (let p = parents.length - 1; p >= 0; p--) {
          const k = parents[p]!.categories.length;
          key.unshift(parents[p]!.categories[rest % k]!.id);
          rest = Math.floor(rest / k);
        }
        table[key.join('|')] = w;
      });
      attr = attribute(a.id, a.k, { given: a.given, table });
    }
    const s = categoricalSampler(attr, index);
    index.set(a.id, attr);
    return s;
  });
}

describe('drawCategoricals', () => {
  it('gives the codes of sampleCategorical column by column and leaves every stream where it does', () => {
    fc.assert(
      fc.property(attributesArb, fc.integer({ min: 1, max: 400 }), fc.string(), (spec, n, key) => {
        const ss = samplers(spec);
        const fused = new Map(ss.map((s) => [s.id, new AleaStream(`${key}/${s.id}`)]));
        const codes: Record<string, Uint8Array> = Object.fromEntries(ss.map((s) => [s.id, new Uint8Array(n)]));
        drawCategoricals(ss, { categorical: (id) => fused.get(id)!, attribute: (id) => fused.get(id)! }, n, codes, new Uint16Array(n), new Float64Array(n));
        const plain: Record<string, Uint8Array> = {};
        for (const s of ss) {
          const rng = new AleaStream(`${key}/${s.id}`);
          plain[s.id] = new Uint8Array(n);
          sampleCategorical(s, rng, n, plain, plain[s.id]!);
          expect(fused.get(s.id)!.next()).toBe(rng.next());
        }
        for (const s of ss) expect(Array.from(codes[s.id]!)).toEqual(Array.from(plain[s.id]!));
      }),
      { numRuns: 200 },
    );
  });

  it('picks the category of the plain scan at every cut and bucket edge, in each of the four lanes, with a parent and without', () => {
    // Weights summing to 1024 put cuts on multiples of 2^-10, most of them inside one of the 256
    // guide buckets, where a uniform equal to the cut must take the category after it.
    const rowArb = fc.array(fc.integer({ min: 0, max: 150 }), { minLength: 5, maxLength: 5 }).map((w) => [...w, 1024 - w.reduce((a, b) => a + b, 0)]);
    // Probes whose guide entry says its bucket holds a cut (so the scan past it really runs).
    let scanned = 0;
    fc.assert(
      fc.property(fc.array(fc.oneof(weightsArb(6), rowArb), { minLength: 3, maxLength: 3 }), (rows) => {
        const parent = attribute('p', 3, { weights: [1, 1, 1] });
        const table = { c0: rows[0]!, c1: rows[1]!, c2: rows[2]! };
        // Four columns with the same table fill the four lanes of one group; four columns without
        // a parent, each with the weights of one row, take the group loop that reads no rows.
        const conditional = ['c', 'd', 'e', 'f'].map((id) => categoricalSampler(attribute(id, 6, { given: ['p'], table }), new Map([['p', parent]])));
        const unconditional = [0, 1, 2].map((row) => ['c', 'd', 'e', 'f'].map((id) => categoricalSampler(attribute(id, 6, { weights: rows[row]! }), new Map())));
        for (const ss of [conditional, ...unconditional]) {
          const conditioned = ss[0]!.parents.length > 0;
          const cum = ss[0]!.cumulative;
          // Alea's next draw is c·2^-32 when s0 = 0, so a stream can be set to give any multiple of 2^-32.
          const edges = [...cum].filter((c) => c < 1).flatMap((c) => [Math.floor(c * 2 ** 32), Math.ceil(c * 2 ** 32)]);
          for (let b = 1; b < GUIDE_BUCKETS; b++) edges.push((b / GUIDE_BUCKETS) * 2 ** 32, (b / GUIDE_BUCKETS) * 2 ** 32 - 1);
          const probes = [0, 2 ** 32 - 1, ...edges].filter((c) => c >= 0 && c < 2 ** 32);
          for (const c of probes)
            for (let row = 0; row < (conditioned ? 3 : 1); row++) {
              const streams = new Map(ss.map((s) => [s.id, new AleaStream('probe')]));
              for (const st of streams.values()) st.set(c, 0, 0.5, 0.5);
              const codes: Record<string, Uint8Array> = { p: Uint8Array.of(row), ...Object.fromEntries(ss.map((s) => [s.id, new Uint8Array(1)])) };
              const get = (id: string) => streams.get(id)!;
              drawCategoricals(ss, { categorical: get, attribute: get }, 1, codes, new Uint16Array(1), new Float64Array(1));
              const u = c * 2 ** -32;
              if (ss[0]!.guide[row * GUIDE_BUCKETS + Math.floor(u * GUIDE_BUCKETS)]! >= GUIDE_SCAN) scanned++;
              let j = 0;
              while (u >= cum[row * 6 + j]!) j++;
              for (const s of ss) if (codes[s.id]![0] !== j) expect({ lane: s.id, u, row, conditioned, got: codes[s.id]![0] }).toEqual({ lane: s.id, u, row, conditioned, got: j });
            }
        }
      }),
      { numRuns: 100 },
    );
    // Each run has at least 3 rows × 2 probes at a cut inside a bucket, with a parent and again
    // without, unless every cut falls on a bucket edge (rows of weightsArb rarely have none inside).
    expect(scanned).toBeGreaterThan(600);
  });
});
