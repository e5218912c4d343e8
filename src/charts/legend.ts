/**
 * A legend of swatches and words, laid out left to right from (x, y). Given a width, an entry
 * that does not fit on the current line starts the next one, and a label too long for a whole line
 * is cut with an ellipsis and keeps its full text as a tooltip (labels come from scenario files and
 * can be long).
 */
import type { Mark } from './marks';
import { fitText, textWidth } from './marks';
import { INK } from './palette';

export interface LegendEntry {
  label: string;
  /** A filled square, a filled dot, a hollow dot, a short line or a hatched square (too small to judge). */
  shape: 'square' | 'dot' | 'ring' | 'line' | 'hatch';
  colour: string;
  dash?: string;
}

export interface LegendLayout {
  marks: Mark[];
  /** How many lines the legend took. */
  lines: number;
  /** Distance between the centres of two lines. */
  lineHeight: number;
}

/** `y` is the middle of the first line; `maxWidth` the room from `x` to the right edge. */
export function layoutLegend(entries: readonly LegendEntry[], x: number, y: number, fontSize: number, maxWidth = Infinity): LegendLayout {
  const marks: Mark[] = [];
  const swatch = fontSize * 0.8;
  const labelSize = fontSize * 0.9;
  const lineHeight = fontSize * 1.35;
  const gap = fontSize * 0.35;
  let at = x;
  let cy = y;
  let lines = 1;
  for (const entry of entries) {
    const swatchWidth = entry.shape === 'line' ? swatch * 1.5 : swatch;
    const needed = swatchWidth + gap + textWidth(entry.label, labelSize);
    if (at > x && at + needed > x + maxWidth) {
      at = x;
      cy += lineHeight;
      lines++;
    }
    if (entry.shape === 'square') {
      marks.push({ kind: 'rect', className: 'legend-swatch', x: at, y: cy - swatch / 2, width: swatch, height: swatch, fill: entry.colour });
    } else if (entry.shape === 'hatch') {
      marks.push({ kind: 'rect', className: 'legend-swatch', x: at, y: cy - swatch / 2, width: swatch, height: swatch, fill: '#ffffff', stroke: entry.colour, hatch: true });
    } else if (entry.shape === 'line') {
      marks.push({ kind: 'line', className: 'legend-swatch', x1: at, x2: at + swatchWidth, y1: cy, y2: cy, stroke: entry.colour, strokeWidth: 2, ...(entry.dash ? { dash: entry.dash } : {}) });
    } else {
      marks.push({
        kind: 'circle', className: 'legend-swatch', cx: at + swatch / 2, cy, r: swatch / 2,
        fill: entry.shape === 'dot' ? entry.colour : '#ffffff', stroke: entry.colour, strokeWidth: 1.5,
      });
    }
    const textX = at + swatchWidth + gap;
    const text = Number.isFinite(maxWidth) ? fitText(entry.label, x + maxWidth - textX, labelSize) : entry.label;
    marks.push({
      kind: 'text', className: 'legend-label', x: textX, y: cy, text, fill: INK, fontSize: labelSize, baseline: 'middle',
      ...(text === entry.label ? {} : { tooltip: entry.label }),
    });
    at = textX + textWidth(text, labelSize) + fontSize * 1.2;
  }
  return { marks, lines, lineHeight };
}

export function legendMarks(entries: readonly LegendEntry[], x: number, y: number, fontSize: number, maxWidth?: number): Mark[] {
  return layoutLegend(entries, x, y, fontSize, maxWidth).marks;
}
