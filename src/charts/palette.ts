/**
 * Colours of every chart. Okabe & Ito's eight colours stay distinct for the common forms of colour
 * blindness; verdicts are also always written as text, so colour is never the only signal.
 */
import { color } from 'd3-color';
import { interpolatePuOr } from 'd3-scale-chromatic';
import type { Verdict } from '../core/results/types';

export const OKABE_ITO = {
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
} as const;

/** Series colours (policies, groups) in order; black last because it reads as "ink". */
export const SERIES = [
  OKABE_ITO.blue,
  OKABE_ITO.orange,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.skyBlue,
  OKABE_ITO.vermillion,
  OKABE_ITO.yellow,
  OKABE_ITO.black,
] as const;

export const INK = '#1f2328';
export const MUTED = '#5c636b';
export const GRID = '#d5d9de';
/** The fairness band (0.8–1.25 by default) is shaded in a pale green. */
export const BAND_FILL = '#e3f1ea';
/** The population (what the reach should look like) is drawn in neutral grey. */
export const POPULATION_FILL = '#b8bcc2';
export const NO_VALUE_FILL = '#eef0f2';

export const VERDICT_COLOUR: Record<Verdict, string> = {
  excluded: OKABE_ITO.vermillion,
  'over-targeted': OKABE_ITO.blue,
  within: OKABE_ITO.bluishGreen,
  uncertain: OKABE_ITO.orange,
  'too-small': MUTED,
  'not-comparable': MUTED,
};

/**
 * Verdicts written as text (labels in charts, words in tables): darker shades of the same hues, each
 * at least 4.5:1 on white and on its tint (tests/charts/contrast.test.ts computes every pair).
 */
export const VERDICT_TEXT: Record<Verdict, string> = {
  excluded: '#9e3d00',
  'over-targeted': '#005a8f',
  within: '#006b4f',
  uncertain: '#7a5000',
  'too-small': '#545b64',
  'not-comparable': '#545b64',
};

/** Pale backgrounds of the verdicts (overview cells, chips). */
export const VERDICT_TINT: Record<Verdict, string> = {
  excluded: '#fce6d9',
  'over-targeted': '#ddeefa',
  within: '#e2f3eb',
  uncertain: '#fff3d1',
  'too-small': '#eef0f2',
  'not-comparable': '#eef0f2',
};

/** WCAG 2 contrast ratio of two #rrggbb colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const luminance = (hex: string) => {
    const rgb = color(hex)?.rgb();
    if (!rgb) return 0;
    const channel = (v: number) => {
      const c = v / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(rgb.r) + 0.7152 * channel(rgb.g) + 0.0722 * channel(rgb.b);
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

export function seriesColour(index: number): string {
  return SERIES[((index % SERIES.length) + SERIES.length) % SERIES.length] ?? INK;
}

/**
 * Diverging colour for a ratio on a log scale, centred on 1: ratios below 1 (under-reached) turn
 * orange, above 1 (over-reached) purple (ColorBrewer PuOr, colour-blind safe). `extent` is the
 * |log ratio| that gets the darkest colour.
 */
export function ratioColour(ratio: number, extent: number): string {
  const t = ratio > 0 ? Math.log(ratio) / extent : -1;
  const clamped = Math.max(-1, Math.min(1, t));
  // interpolatePuOr runs purple (0) → white (0.5) → orange (1); low ratios belong at the orange end.
  return color(interpolatePuOr(0.5 - clamped / 2))?.formatHex() ?? NO_VALUE_FILL;
}

/** Dark or light text, whichever reads better on `background` (a #rrggbb colour). */
export function textOn(background: string): string {
  const rgb = color(background)?.rgb();
  if (!rgb) return INK;
  // Relative luminance (sRGB approximation); 0.45 splits dark from light backgrounds.
  const luminance = (0.2126 * rgb.r + 0.7152 * rgb.g + 0.0722 * rgb.b) / 255;
  return luminance < 0.45 ? '#ffffff' : INK;
}
