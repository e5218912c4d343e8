/** Axes as marks: a baseline, ticks, tick labels, optional grid lines and an axis title. */
import type { Mark } from './marks';
import { textWidth } from './marks';
import { GRID, INK, MUTED } from './palette';

export interface AxisOptions {
  orient: 'bottom' | 'left';
  /** y of a bottom axis, x of a left axis. */
  position: number;
  ticks: readonly number[];
  format: (value: number) => string;
  fontSize: number;
  /** Grid lines across the plot, from this coordinate to `gridTo` (y for a bottom axis). */
  gridFrom?: number;
  gridTo?: number;
  /** The axis title, placed under a bottom axis or above a left axis. */
  label?: string;
  /** Where the axis title goes along the axis (default: its middle). */
  labelAt?: number;
}

export function axisMarks(scale: (value: number) => number, options: AxisOptions): Mark[] {
  const { orient, position, ticks, format, fontSize } = options;
  const marks: Mark[] = [];
  const tick = fontSize * 0.4;
  const labelled = labelledTicks(scale, ticks, format, fontSize * 0.9, orient);
  for (const value of ticks) {
    const at = scale(value);
    if (options.gridFrom !== undefined && options.gridTo !== undefined) {
      marks.push(
        orient === 'bottom'
          ? { kind: 'line', className: 'grid', x1: at, x2: at, y1: options.gridFrom, y2: options.gridTo, stroke: GRID }
          : { kind: 'line', className: 'grid', y1: at, y2: at, x1: options.gridFrom, x2: options.gridTo, stroke: GRID },
      );
    }
    marks.push(
      orient === 'bottom'
        ? { kind: 'line', className: 'tick', x1: at, x2: at, y1: position, y2: position + tick, stroke: MUTED }
        : { kind: 'line', className: 'tick', y1: at, y2: at, x1: position - tick, x2: position, stroke: MUTED },
    );
    if (!labelled.has(value)) continue;
    marks.push(
      orient === 'bottom'
        ? { kind: 'text', className: 'tick-label', x: at, y: position + tick * 2, text: format(value), fill: MUTED, fontSize: fontSize * 0.9, anchor: 'middle', baseline: 'hanging' }
        : { kind: 'text', className: 'tick-label', x: position - tick * 2, y: at, text: format(value), fill: MUTED, fontSize: fontSize * 0.9, anchor: 'end', baseline: 'middle' },
    );
  }
  if (options.label) {
    const along = ticks.map(scale);
    const middle = options.labelAt ?? (along.length ? (Math.min(...along) + Math.max(...along)) / 2 : position);
    marks.push(
      orient === 'bottom'
        ? { kind: 'text', className: 'axis-label', x: middle, y: position + fontSize * 2.6, text: options.label, fill: INK, fontSize, anchor: 'middle', baseline: 'hanging' }
        : { kind: 'text', className: 'axis-label', x: position, y: middle, text: options.label, fill: INK, fontSize, anchor: 'start', baseline: 'alphabetic' },
    );
  }
  return marks;
}

/**
 * The ticks that get a label: walking from the first, a label is kept only when it clears the last
 * kept one by half an em (text widths are estimated, so the gap leaves room for the estimate's
 * error). Parity (1) is always kept, dropping a neighbour that would touch it.
 */
export function labelledTicks(
  scale: (value: number) => number, ticks: readonly number[], format: (value: number) => string, fontSize: number, orient: 'bottom' | 'left',
): Set<number> {
  const extent = (value: number): [number, number] => {
    const at = scale(value);
    const half = orient === 'bottom' ? textWidth(format(value), fontSize) / 2 : fontSize * 0.6;
    return [at - half, at + half];
  };
  const gap = fontSize * 0.5;
  const clear = (a: number, b: number) => {
    const [a0, a1] = extent(a);
    const [b0, b1] = extent(b);
    return a1 + gap <= b0 || b1 + gap <= a0;
  };
  const kept: number[] = ticks.includes(1) ? [1] : [];
  for (const value of ticks) if (!kept.includes(value) && kept.every((k) => clear(k, value))) kept.push(value);
  return new Set(kept);
}

/** Ratios worth a tick on a log scale: symmetric around 1 (½ and 2 are equally far from parity). */
const RATIO_TICKS = [0.05, 0.1, 0.2, 0.25, 0.5, 0.8, 1, 1.25, 2, 4, 5, 10, 20];

export function ratioTicks(domain: readonly [number, number], band?: { low: number; high: number }): number[] {
  const [lo, hi] = domain;
  const candidates = new Set(RATIO_TICKS);
  if (band) {
    candidates.add(band.low);
    candidates.add(band.high);
  }
  return [...candidates].filter((t) => t >= lo - 1e-9 && t <= hi + 1e-9).sort((a, b) => a - b);
}

/**
 * A log-scale domain that holds every finite positive value, the band and 1, with some room, and
 * never wider than [1/20, 20] (values beyond are drawn at the edge and labelled).
 */
export function ratioDomain(values: readonly (number | null)[], band: { low: number; high: number }): [number, number] {
  const positive = values.filter((v): v is number => v !== null && Number.isFinite(v) && v > 0);
  const lo = Math.min(band.low, ...positive) / 1.15;
  const hi = Math.max(band.high, ...positive) * 1.15;
  return [Math.max(0.05, lo), Math.min(20, hi)];
}

/** Ticks for a linear axis from 0 to a round number at or above `max`, about `count` of them. */
export function linearTicks(max: number, count = 5): number[] {
  if (!(max > 0)) return [0];
  const raw = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? raw;
  const ticks: number[] = [];
  // The last tick is the first round number at or above `max`, so the axis covers every value.
  for (let i = 0; i === 0 || (i - 1) * step < max - step * 1e-9; i++) ticks.push(Number((i * step).toPrecision(12)));
  return ticks;
}
