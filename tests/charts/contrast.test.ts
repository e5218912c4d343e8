import { describe, expect, it } from 'vitest';
import { contrastRatio, VERDICT_TEXT, VERDICT_TINT } from '../../src/charts/palette';
import type { Verdict } from '../../src/core/results/types';

const VERDICTS: Verdict[] = ['excluded', 'over-targeted', 'within', 'uncertain', 'too-small', 'not-comparable'];

describe('contrastRatio', () => {
  it('gives the WCAG known answers: black on white 21, a colour on itself 1, #767676 on white 4.54', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 6);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 6);
    expect(contrastRatio('#0072b2', '#0072b2')).toBeCloseTo(1, 9);
    // #767676 is the lightest grey that passes AA on white (4.54:1).
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});

describe('verdict colours', () => {
  it.each(VERDICTS)('%s text is at least 4.5:1 on white, on the page grey and on its own tint', (verdict) => {
    for (const background of ['#ffffff', '#f4f5f7', VERDICT_TINT[verdict]]) {
      expect(contrastRatio(VERDICT_TEXT[verdict], background), `${verdict} on ${background}`).toBeGreaterThanOrEqual(4.5);
    }
  });
});
