import { describe, expect, it } from 'vitest';
import type { FeatureSpec } from '../../src/core/models';
import { columnReaders } from '../../src/core/models';
import { linearPredictor } from '../../src/core/models/linear-predictor';
import { stream } from '../../src/core/random/stream';
import { buildChunks } from '../selection/chunk-fixture';

describe('linearPredictor', () => {
  // Odd sizes too: the loops take two people a step, the last one alone.
  it.each([5000, 4999, 1])('linearPredictor equals the column-by-column sum of coefficient × encoded feature bit for bit (%i people)', (n) => {
    const g = stream('linear-predictor', 'fixture');
    const colour = Array.from({ length: n }, () => Math.floor(g.next() * 4));
    const size = Array.from({ length: n }, () => Math.floor(g.next() * 3));
    const income = Array.from({ length: n }, () => 30 + 12 * g.normal());
    const [chunk] = buildChunks(n, [n], { codes: { colour, size }, observed: { income } });
    const spec: FeatureSpec = {
      columns: [
        { kind: 'category', attribute: 'colour', category: 'b', code: 1 },
        { kind: 'category', attribute: 'colour', category: 'c', code: 2 },
        { kind: 'category', attribute: 'colour', category: 'd', code: 3 },
        { kind: 'numeric', attribute: 'income', mean: 31.7, sd: 11.3 },
        { kind: 'category', attribute: 'size', category: 'm', code: 1 },
        { kind: 'category', attribute: 'size', category: 'l', code: 2 },
      ],
    };
    for (const coefficients of [
      Float64Array.from([0.31, -1.7, 0.013, 0.77, -0.2, 2.9]),
      Float64Array.from([0, -1.7, 0, 0.77, 0, 0]),
      Float64Array.from([0.1, 0.2, 0.3, 0, -0.4, -0.5]),
    ]) {
      const intercept = -1.23;
      const eta = linearPredictor(spec, coefficients, intercept, chunk!);
      const naive = new Float64Array(n).fill(intercept);
      columnReaders(spec, chunk!).forEach((read, j) => {
        const c = coefficients[j] as number;
        if (c !== 0) for (let i = 0; i < n; i++) naive[i] = (naive[i] as number) + c * read(i);
      });
      for (let i = 0; i < n; i++) expect(eta[i]).toBe(naive[i]);
    }
  });
});
