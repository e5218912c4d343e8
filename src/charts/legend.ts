/** A one-line legend of swatches and words, laid out left to right from (x, y). */
import type { Mark } from './marks';
import { textWidth } from './marks';
import { INK } from './palette';

export interface LegendEntry {
  label: string;
  /** A filled square, a filled dot, a hollow dot or a short line. */
  shape: 'square' | 'dot' | 'ring' | 'line';
  colour: string;
  dash?: string;
}

export function legendMarks(entries: readonly LegendEntry[], x: number, y: number, fontSize: number): Mark[] {
  const marks: Mark[] = [];
  const swatch = fontSize * 0.8;
  let at = x;
  for (const entry of entries) {
    const cy = y;
    if (entry.shape === 'square') {
      marks.push({ kind: 'rect', className: 'legend-swatch', x: at, y: cy - swatch / 2, width: swatch, height: swatch, fill: entry.colour });
    } else if (entry.shape === 'line') {
      marks.push({ kind: 'line', className: 'legend-swatch', x1: at, x2: at + swatch * 1.5, y1: cy, y2: cy, stroke: entry.colour, strokeWidth: 2, ...(entry.dash ? { dash: entry.dash } : {}) });
    } else {
      marks.push({
        kind: 'circle', className: 'legend-swatch', cx: at + swatch / 2, cy, r: swatch / 2,
        fill: entry.shape === 'dot' ? entry.colour : '#ffffff', stroke: entry.colour, strokeWidth: 1.5,
      });
    }
    const textX = at + (entry.shape === 'line' ? swatch * 1.5 : swatch) + fontSize * 0.35;
    marks.push({ kind: 'text', className: 'legend-label', x: textX, y: cy, text: entry.label, fill: INK, fontSize: fontSize * 0.9, baseline: 'middle' });
    at = textX + textWidth(entry.label, fontSize * 0.9) + fontSize * 1.2;
  }
  return marks;
}
