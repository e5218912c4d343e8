/** keyedUniform: uniforms addressed by index (random/keyed-uniform.ts). */
import { describe, expect, it } from 'vitest';
import { keyedUniform } from '../../src/core/random/keyed-uniform';

describe('keyedUniform', () => {
  it('gives the same number for the same key and index, whatever is read before', () => {
    const a = keyedUniform('s', 'x', 1);
    const b = keyedUniform('s', 'x', 1);
    const first = a(7);
    for (let i = 0; i < 100; i++) b(i);
    expect(b(7)).toBe(first);
    expect(keyedUniform('s', 'x', 2)(7)).not.toBe(first);
  });

  it('is uniform on [0, 1): mean, variance and deciles of 100,000 draws', () => {
    const u = keyedUniform('seed', 'test');
    const n = 100_000;
    const deciles = new Array<number>(10).fill(0);
    let sum = 0;
    let squares = 0;
    for (let i = 0; i < n; i++) {
      const x = u(i);
      expect(x >= 0 && x < 1).toBe(true);
      sum += x;
      squares += x * x;
      deciles[Math.floor(x * 10)]! += 1;
    }
    // Standard errors: mean 1/sqrt(12 n) ≈ 0.0009; a decile count sqrt(n · 0.09) ≈ 95. Bounds at 5 SE.
    expect(Math.abs(sum / n - 0.5)).toBeLessThan(0.0046);
    expect(Math.abs(squares / n - sum * sum / n / n - 1 / 12)).toBeLessThan(0.002);
    for (const d of deciles) expect(Math.abs(d - n / 10)).toBeLessThan(475);
  });
});
