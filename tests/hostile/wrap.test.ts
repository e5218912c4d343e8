import { describe, expect, it } from 'vitest';
import { wrap } from '../../src/cli/wrap';

describe('wrap', () => {
  it('wrap breaks between words at 80 columns and indents continuation lines by two spaces', () => {
    const text = 'Large run: 1,000,000 people × 8 passes (8.0 million person-passes), ≈ 123 MB of columns, 28 groups × 6 policies.';
    const lines = wrap(text).split('\n');
    expect(lines).toEqual(['Large run: 1,000,000 people × 8 passes (8.0 million person-passes), ≈ 123 MB of', '  columns, 28 groups × 6 policies.']);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(80);
  });
});
