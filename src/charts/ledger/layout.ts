/**
 * The data-minimisation ledger as a chart: one row per change (a feature dropped from the model,
 * everyone consenting) and three panels — what it does to conversions, to cost, and to the worst
 * group's ratio. Deltas are bars either side of zero; the worst ratio is a dot against the
 * fairness band, with the scenario as it is as a dashed line. Blue is better than as it is, orange
 * worse (and every value is written beside its mark, so colour is never the only signal).
 *
 * The three panels sit side by side when each gets room, and one under another otherwise (phones).
 */
import type { LedgerFigures, LedgerRow } from '../../core/explain/ledger';
import type { ChartLayout, ChartSize, Mark } from '../marks';
import { DEFAULT_FONT_SIZE, fitText, textWidth } from '../marks';
import { emptyLayout } from '../empty';
import { formatAmount, formatCount, formatNumber, formatRatio } from '../format';
import { BAND_FILL, GRID, INK, MUTED, OKABE_ITO } from '../palette';

export interface LedgerChartInput {
  policyLabel: string;
  actual: LedgerFigures;
  rows: readonly LedgerRow[];
  band: { low: number; high: number };
}

export const BETTER = OKABE_ITO.blue;
export const WORSE = OKABE_ITO.vermillion;

/** Positive is better for conversions, worse for cost. */
const PANELS = [
  { key: 'conversions', title: 'Δ conversions', value: (r: LedgerRow) => r.delta.realisedConversions, better: (d: number) => d > 0, format: formatCount },
  { key: 'cost', title: 'Δ cost', value: (r: LedgerRow) => r.delta.cost, better: (d: number) => d < 0, format: formatAmount },
] as const;

/** `+12`, `−3.50`, `±0`: the sign always written. */
const signed = (x: number, format: (v: number) => string = formatAmount) => `${x > 0 ? '+' : x < 0 ? '−' : '±'}${format(Math.abs(x))}`;

/** How far a ratio is from parity (1), on a log scale: closer is better. */
const distance = (ratio: number) => (ratio > 0 ? Math.abs(Math.log(ratio)) : Infinity);

export function layoutLedger(input: LedgerChartInput | undefined, size: ChartSize): ChartLayout {
  if (!input || input.rows.length === 0) return emptyLayout(size, 'Run the ledger to see what each feature is worth', 'Data-minimisation ledger');
  const fs = size.fontSize ?? DEFAULT_FONT_SIZE;
  const small = fs * 0.85;
  const { width } = size;
  const { rows, actual, band } = input;
  const margin = fs * 0.5;
  const gap = fs * 1.2;
  const besideWidth = Math.min(width * 0.34, Math.max(...rows.map((r) => textWidth(r.label, fs))) + fs * 1.4);
  const sideBySide = (width - besideWidth - margin - 2 * gap) / 3 >= fs * 11;
  // One under another (a phone), each change's label goes on a line of its own above its bar.
  const labelWidth = sideBySide ? besideWidth : 0;
  const panelWidth = sideBySide ? (width - labelWidth - margin - 2 * gap) / 3 : width - margin * 2;
  const rowHeight = sideBySide ? fs * 2 : fs * 3.1;
  const titleHeight = fs * 1.8;
  const bandHeight = titleHeight + rows.length * rowHeight + fs * 0.6;
  const marks: Mark[] = [];

  const panelAt = (k: number) => (sideBySide ? { x: labelWidth + k * (panelWidth + gap), y: 0 } : { x: margin, y: k * bandHeight });
  /** The centre of row i's bar (or dot) in the band starting at `top`. */
  const rowY = (top: number, i: number) => top + titleHeight + i * rowHeight + (sideBySide ? rowHeight / 2 : fs * 1.85);

  const drawLabels = (top: number) => {
    rows.forEach((r, i) => {
      const y = sideBySide ? rowY(top, i) : top + titleHeight + i * rowHeight + fs * 0.7;
      const room = sideBySide ? labelWidth - margin - fs * 0.3 : width - 2 * margin;
      marks.push({ kind: 'text', className: 'change-label', x: margin, y, text: fitText(r.label, room, fs), fill: INK, fontSize: fs, baseline: 'middle', halo: !sideBySide, tooltip: r.label });
    });
  };

  PANELS.forEach((panel, k) => {
    const { x, y } = panelAt(k);
    if (k === 0 || !sideBySide) drawLabels(y);
    marks.push({ kind: 'text', className: 'panel-title', x: x + panelWidth / 2, y: y + fs * 1.1, text: panel.title, fill: INK, fontSize: fs, bold: true, anchor: 'middle' });
    const valueRoom = Math.max(...rows.map((r) => textWidth(signed(panel.value(r), panel.format), small))) + fs * 0.4;
    const zero = x + panelWidth / 2;
    const half = Math.max(fs, panelWidth / 2 - valueRoom);
    const extent = Math.max(1e-9, ...rows.map((r) => Math.abs(panel.value(r))));
    // Side by side one zero line down the panel; one under another a tick per bar, clear of the labels above the bars.
    if (sideBySide) marks.push({ kind: 'line', className: 'zero', x1: zero, x2: zero, y1: y + titleHeight, y2: y + titleHeight + rows.length * rowHeight, stroke: MUTED, strokeWidth: 1 });
    else rows.forEach((_, i) => marks.push({ kind: 'line', className: 'zero', x1: zero, x2: zero, y1: rowY(y, i) - fs * 0.6, y2: rowY(y, i) + fs * 0.6, stroke: MUTED, strokeWidth: 1 }));
    rows.forEach((r, i) => {
      const d = panel.value(r);
      const length = (half * Math.abs(d)) / extent;
      const cy = rowY(y, i);
      const colour = panel.better(d) ? BETTER : d === 0 ? MUTED : WORSE;
      marks.push({ kind: 'rect', className: `bar ${panel.key}`, x: d < 0 ? zero - length : zero, y: cy - fs * 0.45, width: length, height: fs * 0.9, fill: colour, tooltip: `${r.label}: ${signed(d, panel.format)} ${panel.key}` });
      marks.push({ kind: 'text', className: 'value', x: d < 0 ? zero - length - fs * 0.25 : zero + length + fs * 0.25, y: cy, text: signed(d, panel.format), fill: INK, fontSize: small, anchor: d < 0 ? 'end' : 'start', baseline: 'middle' });
    });
  });

  // The worst group's ratio against the band, the scenario as it is dashed.
  const { x, y } = panelAt(2);
  marks.push({ kind: 'text', className: 'panel-title', x: x + panelWidth / 2, y: y + fs * 1.1, text: "Worst group's ratio", fill: INK, fontSize: fs, bold: true, anchor: 'middle' });
  const top = y + titleHeight;
  const bottom = top + rows.length * rowHeight;
  const room = textWidth('0.00×', small) + fs * 0.4;
  const max = Math.max(band.high, actual.worstRatio ?? 0, ...rows.map((r) => r.worstRatio ?? 0)) * 1.05;
  const scale = (v: number) => x + ((panelWidth - room) * v) / max;
  marks.push({ kind: 'rect', className: 'band', x: scale(band.low), y: top, width: scale(band.high) - scale(band.low), height: bottom - top, fill: BAND_FILL });
  marks.push({ kind: 'line', className: 'axis', x1: scale(0), x2: scale(0), y1: top, y2: bottom, stroke: GRID, strokeWidth: 1 });
  if (actual.worstRatio !== null) {
    marks.push({ kind: 'line', className: 'as-it-is', x1: scale(actual.worstRatio), x2: scale(actual.worstRatio), y1: top - fs * 0.2, y2: bottom, stroke: INK, strokeWidth: 1.5, dash: '4 3', tooltip: `As it is: ${formatRatio(actual.worstRatio)}` });
  }
  // Over the band and the dashed line, so they never hide a label.
  if (!sideBySide) drawLabels(y);
  rows.forEach((r, i) => {
    const cy = rowY(y, i);
    if (r.worstRatio === null) {
      marks.push({ kind: 'text', className: 'value', x: scale(0) + fs * 0.3, y: cy, text: 'n/a', fill: MUTED, fontSize: small, baseline: 'middle' });
      return;
    }
    const better = actual.worstRatio !== null && distance(r.worstRatio) < distance(actual.worstRatio) - 1e-12;
    const worse = actual.worstRatio !== null && distance(r.worstRatio) > distance(actual.worstRatio) + 1e-12;
    const cx = scale(r.worstRatio);
    marks.push({ kind: 'circle', className: 'worst-ratio', cx, cy, r: fs * 0.42, fill: better ? BETTER : worse ? WORSE : MUTED, stroke: '#ffffff', strokeWidth: 1, tooltip: `${r.label}: worst ratio ${formatRatio(r.worstRatio)} (${r.worstGroup ?? ''})` });
    marks.push({ kind: 'text', className: 'value', x: cx + fs * 0.6, y: cy, text: formatRatio(r.worstRatio), fill: INK, fontSize: small, baseline: 'middle', halo: true });
  });

  const height = sideBySide ? bandHeight : bandHeight * 3;
  return {
    width,
    height: Math.max(height, fs * 6),
    title: finding(input),
    description: `For each change to ${input.policyLabel}: the change in conversions and in cost against the scenario as it is, and the worst group's representation ratio against the ${band.low}–${band.high} band (dashed: as it is, ${formatRatio(actual.worstRatio)}).`,
    marks,
    table: {
      caption: `${input.policyLabel}: what each change does, against ${formatCount(actual.realisedConversions)} conversions, cost ${formatAmount(actual.cost)} and a worst ratio of ${formatRatio(actual.worstRatio)} as it is`,
      columns: ['Change', 'Δ conversions', 'Δ cost', "Worst group's ratio", 'Δ worst ratio', 'Worst group'],
      rows: rows.map((r) => [r.label, signed(r.delta.realisedConversions, formatCount), signed(r.delta.cost), formatNumber(r.worstRatio), r.delta.worstRatio === null ? 'n/a' : signed(r.delta.worstRatio, (v) => v.toFixed(2)), r.worstGroup ?? 'n/a']),
    },
    notes: [`Blue: better than as it is; orange: worse. Dashed line: the worst group's ratio as it is (${formatRatio(actual.worstRatio)}); the green band is ${band.low}–${band.high}× a fair share.`],
  };
}

/** The change that brings the worst group closest to a fair share, and what it costs in conversions. */
function finding(input: LedgerChartInput): string {
  const { rows, actual } = input;
  const rated = rows.filter((r) => r.worstRatio !== null);
  if (actual.worstRatio === null || rated.length === 0) return `What each change does to ${input.policyLabel}'s conversions and cost`;
  const best = rated.reduce((a, b) => (distance(b.worstRatio!) < distance(a.worstRatio!) ? b : a));
  if (!(distance(best.worstRatio!) < distance(actual.worstRatio))) return `No single change brings ${input.policyLabel}'s worst group closer to a fair share than ${formatRatio(actual.worstRatio)}`;
  const d = best.delta.realisedConversions;
  const cost = d === 0 ? 'at no loss of conversions' : d < 0 ? `for ${formatCount(-d)} fewer conversions` : `with ${formatCount(d)} more conversions`;
  return `${capitalise(best.label)}, the worst group's ratio goes from ${formatRatio(actual.worstRatio)} to ${formatRatio(best.worstRatio)}, ${cost}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
