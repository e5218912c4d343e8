/**
 * Marks: what a chart's `layout` returns and `renderChart` draws. Plain objects with positions in
 * SVG user units, colours and text, so layouts can be tested without a browser.
 */

interface MarkBase {
  /** A CSS class, for styling and for tests that count marks. */
  className?: string;
  /** Tooltip text (an SVG `<title>` child). */
  tooltip?: string;
  /** A synthetic person's index: the mark is then a button that opens the person inspector. */
  person?: number;
}

export interface RectMark extends MarkBase {
  kind: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
  stroke?: string;
  /** Overlay diagonal hatching (small groups that are not judged). */
  hatch?: boolean;
}

export interface LineMark extends MarkBase {
  kind: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  stroke: string;
  strokeWidth?: number;
  dash?: string;
}

export interface CircleMark extends MarkBase {
  kind: 'circle';
  cx: number;
  cy: number;
  r: number;
  fill: string;
  stroke?: string;
  strokeWidth?: number;
}

export interface TextMark extends MarkBase {
  kind: 'text';
  x: number;
  y: number;
  text: string;
  fill: string;
  fontSize: number;
  anchor?: 'start' | 'middle' | 'end';
  /** Vertical alignment of the text relative to y. */
  baseline?: 'middle' | 'hanging' | 'alphabetic';
  bold?: boolean;
  /** A white outline under the glyphs, so text stays readable over grid and parity lines. */
  halo?: boolean;
}

export interface PathMark extends MarkBase {
  kind: 'path';
  d: string;
  fill: string;
  stroke: string;
  strokeWidth?: number;
  fillOpacity?: number;
  dash?: string;
}

export type Mark = RectMark | LineMark | CircleMark | TextMark | PathMark;

/** The numbers behind a chart, shown as a real table under it. */
export interface ChartTable {
  caption: string;
  columns: string[];
  rows: string[][];
}

export interface ChartLayout {
  width: number;
  height: number;
  /** One sentence that states the finding. */
  title: string;
  /** What the chart shows, for screen readers (`<desc>`). */
  description: string;
  marks: Mark[];
  table: ChartTable;
  /** Short remarks under the chart (e.g. how to read it, what could not be drawn). */
  notes: string[];
}

export interface ChartSize {
  width: number;
  height: number;
  /** Base font size in user units; larger for projectors. */
  fontSize?: number;
}

export const DEFAULT_FONT_SIZE = 12;

/** An approximate width of `text` at `fontSize`: layouts run without a DOM to measure in. */
export function textWidth(text: string, fontSize: number): number {
  // 0.58 em is a typical average advance width of a proportional sans-serif font.
  return text.length * fontSize * 0.58;
}

/** Cuts `text` to fit `width`, ending with an ellipsis. */
export function fitText(text: string, width: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= width + 0.5) return text;
  const chars = Math.max(1, Math.floor(width / (fontSize * 0.58)) - 1);
  return `${text.slice(0, chars)}…`;
}
