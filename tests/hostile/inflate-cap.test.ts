import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { inflateCapped, scenarioFromLink, toBase64Url } from '../../src/core/scenario/share';

describe('inflateCapped', () => {
  it('inflateCapped of a small stream gives back every byte', () => {
    const text = 'fairground '.repeat(10_000);
    const out = inflateCapped(deflateSync(strToU8(text)), 1_000_000);
    expect(out).toBeInstanceOf(Uint8Array);
    expect(new TextDecoder().decode(out as Uint8Array)).toBe(text);
  });

  it('inflateCapped of a bomb stops at the cap: corruption placed after the cap is never reached', () => {
    // 20 MB of spaces compress to ~20 kB. Damage the stream's last bytes: a decoder that read it all
    // would report "damaged"; one that stops at the cap never sees them.
    const bomb = deflateSync(strToU8(' '.repeat(20_000_000)));
    const damaged = bomb.slice();
    damaged.fill(0xff, damaged.length - 64);
    expect(inflateCapped(damaged, 1_000_000)).toBe('too-long');
    expect(inflateCapped(damaged, 100_000_000)).toBe('damaged');
  });

  it('scenarioFromLink of a deflate bomb is refused with the cap in the message', () => {
    const link = `#s=${toBase64Url(deflateSync(strToU8(' '.repeat(20_000_000))))}`;
    const r = scenarioFromLink(link);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues).toEqual([{ path: '(link)', message: "the link's scenario expands to more than 1,000,000 characters, the limit for a scenario" }]);
  });
});
