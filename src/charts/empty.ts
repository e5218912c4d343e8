/** A chart with nothing to draw still says why, in its title and in a line of text. */
import type { ChartLayout, ChartSize } from './marks';
import { DEFAULT_FONT_SIZE } from './marks';
import { MUTED } from './palette';

export function emptyLayout(size: ChartSize, title: string, caption: string): ChartLayout {
  const fontSize = size.fontSize ?? DEFAULT_FONT_SIZE;
  return {
    width: size.width,
    height: size.height,
    title,
    description: title,
    marks: [{ kind: 'text', className: 'empty', x: size.width / 2, y: size.height / 2, text: title, fill: MUTED, fontSize, anchor: 'middle', baseline: 'middle' }],
    table: { caption, columns: [], rows: [] },
    notes: [],
  };
}
