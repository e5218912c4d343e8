/**
 * The block draws (random/alea.ts, random/alea-blocks.ts) give exactly seedrandom's Alea numbers in
 * the same order as one draw at a time: uniforms bit for bit against seedrandom itself, normals
 * against the ziggurat fed by seedrandom, for any keys, block lengths and mixes of streams.
 */
import fc from 'fast-check';
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { AleaStream } from '../../src/core/random/alea';
import type { DrawKind } from '../../src/core/random/alea-blocks';
import { predraw } from '../../src/core/random/alea-blocks';
import { zigguratNormal } from '../../src/core/random/ziggurat';

/** The reference: seedrandom's own generator, one call per draw. */
function reference(key: string) {
  const prng = seedrandom.alea(key);
  return { next: () => prng(), normal: () => zigguratNormal(prng) };
}

const keyArb = fc.string({ maxLength: 12 });
const lengthArb = fc.integer({ min: 0, max: 3000 });

describe('AleaStream', () => {
  it('starts in the state seedrandom.alea(key) starts in, for any key (unicode and long ones included)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 40 }), fc.constantFrom('', ' ', JSON.stringify(['seed', 'chunk', 305, 'attr', 'x']))), (key) => {
        const want = seedrandom.alea(key, { state: true }).state();
        const s = new AleaStream(key);
        expect({ c: s.c, s0: s.s0, s1: s.s1, s2: s.s2 }).toEqual({ c: want.c, s0: want.s0, s1: want.s1, s2: want.s2 });
      }),
      { numRuns: 500 },
    );
  });

  it('next() gives seedrandom.alea(key)() bit for bit, and so do uniforms() in a block', () => {
    fc.assert(
      fc.property(keyArb, lengthArb, (key, n) => {
        const ref = reference(key);
        const s = new AleaStream(key);
        const block = s.uniforms(new Float64Array(n), n);
        for (let i = 0; i < n; i++) expect(block[i]).toBe(ref.next());
        // The stream goes on where the block stopped.
        expect(s.next()).toBe(ref.next());
      }),
      { numRuns: 60 },
    );
  });

  it('normals() in a block are the ziggurat normals of the same uniforms, slow path included', () => {
    // 20,000 normals take the wedge and tail paths (~1% of draws) about 200 times.
    const ref = reference('normals');
    const s = new AleaStream('normals');
    const block = s.normals(new Float64Array(20_000), 20_000);
    for (let i = 0; i < block.length; i++) expect(block[i]).toBe(ref.normal());
    expect(s.normal()).toBe(ref.normal());
    expect(s.next()).toBe(ref.next());
  });

  it('mixes single draws and blocks of both kinds on one stream without losing its place', () => {
    fc.assert(
      fc.property(keyArb, fc.array(fc.tuple(fc.constantFrom('next', 'normal', 'uniforms', 'normals'), fc.integer({ min: 0, max: 400 })), { maxLength: 8 }), (key, steps) => {
        const ref = reference(key);
        const s = new AleaStream(key);
        for (const [what, n] of steps) {
          if (what === 'next') expect(s.next()).toBe(ref.next());
          else if (what === 'normal') expect(s.normal()).toBe(ref.normal());
          else {
            const got = what === 'uniforms' ? s.uniforms(new Float64Array(n), n) : s.normals(new Float64Array(n), n);
            for (let i = 0; i < n; i++) expect(got[i]).toBe(what === 'uniforms' ? ref.next() : ref.normal());
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('predraw', () => {
  it('draws every stream\'s block as that stream alone would, whatever the mix of kinds (uniforms four, normals three or two side by side)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom<DrawKind>('uniforms', 'normals'), { minLength: 1, maxLength: 11 }), fc.integer({ min: 1, max: 1500 }), (kinds, n) => {
        const pool: Float64Array[] = [];
        const blocks = predraw(kinds.map((kind, k) => ({ stream: new AleaStream(`s${k}`), kind })), n, pool);
        kinds.forEach((kind, k) => {
          const ref = reference(`s${k}`);
          const block = kind === 'uniforms' ? blocks[k]!.uniforms(new Float64Array(0), n) : blocks[k]!.normals(new Float64Array(0), n);
          expect(block).toHaveLength(n);
          for (let i = 0; i < n; i++) expect(block[i]).toBe(kind === 'uniforms' ? ref.next() : ref.normal());
        });
      }),
      { numRuns: 40 },
    );
  });

  it.each([2, 3])('%i streams of normals side by side stay exact where two take the slow path in the same step', (width) => {
    // A draw leaves its layer's box about 1.2% of the time and then takes more than one uniform: in
    // 60,000 steps two given streams do so in the same step about 9 times.
    const n = 60_000;
    const keys = ['left', 'right', 'middle'].slice(0, width);
    const blocks = predraw(keys.map((key) => ({ stream: new AleaStream(key), kind: 'normals' as const })), n, []);
    const got = blocks.map((b) => b.normals(new Float64Array(0), n));
    const prngs = keys.map((key) => seedrandom.alea(key));
    const used = keys.map(() => 0);
    const draw = (k: number) => zigguratNormal(() => (used[k]!++, prngs[k]!()));
    let together = 0;
    for (let i = 0; i < n; i++) {
      const before = [...used];
      for (let k = 0; k < width; k++) expect(got[k]![i]).toBe(draw(k));
      if (used.filter((u, k) => u - before[k]! > 1).length >= 2) together++;
    }
    expect(together).toBeGreaterThan(0);
  });

  it('reuses its pool from call to call, and a shorter call reads only its own part', () => {
    const pool: Float64Array[] = [];
    predraw([{ stream: new AleaStream('a'), kind: 'uniforms' }], 100, pool);
    const first = pool[0];
    const [b] = predraw([{ stream: new AleaStream('b'), kind: 'uniforms' }], 10, pool);
    expect(pool[0]).toBe(first);
    const ref = reference('b');
    expect(Array.from(b!.uniforms(new Float64Array(0), 10))).toEqual(Array.from({ length: 10 }, () => ref.next()));
  });

  it('a predrawn block answers only the one block read it was drawn for', () => {
    const [u] = predraw([{ stream: new AleaStream('x'), kind: 'uniforms' }], 5, []);
    expect(() => u!.next()).toThrow(/one block/);
    expect(() => u!.normals(new Float64Array(5), 5)).toThrow(/5 normals of a block of 5 uniforms/);
    expect(() => u!.uniforms(new Float64Array(4), 4)).toThrow(/4 uniforms/);
  });
});
