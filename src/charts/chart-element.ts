/**
 * The shared shell of every chart element: the finding as a heading, the SVG (drawn by
 * `renderChart` from the chart's layout), notes, SVG/PNG export buttons and the data table.
 *
 * Properties (all charts): `results` (Results | null), `policy` (policy id; first policy when empty),
 * `attribute` (attribute id; first audited attribute when empty), `large` (boolean attribute:
 * bigger text for projectors), `width` / `height` (the preferred size and shape; the chart is drawn at
 * the width its container gives it, measured with a ResizeObserver, so one SVG unit is one CSS pixel
 * and text keeps its CSS size — at least 12 px, larger in Large text).
 */
import { LitElement, css, html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import type { Results } from '../core/results/types';
import type { ChartLayout, ChartSize } from './marks';
import { DEFAULT_FONT_SIZE } from './marks';
import { renderChart } from './render';
import { renderChartEmpty, renderChartFigure } from './chart-figure';
import { exportName, exportPngText, exportSvgText, serializeSvg } from './export';
import { standaloneSvg } from './export-context';
import type { StandaloneSvg } from './export-context';
import { attributeLabel, findPolicy, metricName } from './lookup';

/**
 * The chart's base font size in CSS pixels. Layouts draw their smallest text at 0.8 of it, so no
 * chart text is below 12 px on screen.
 */
export const CHART_FONT_PX = 15;
/** Large-text mode multiplies the chart's base font size by this (15 → 21 px). */
export const LARGE_TEXT_SCALE = 1.4;

/** The drawn height for a measured width: the preferred shape, within readable bounds. */
export function chartHeight(width: number, preferred: { width: number; height: number }, large: boolean): number {
  const shaped = width * (preferred.height / Math.max(1, preferred.width));
  const height = Math.min(Math.max(shaped, 280), preferred.height * 1.15);
  return Math.round(height * (large ? 1.25 : 1));
}

export abstract class FgChart extends LitElement {
  static override properties = {
    results: { attribute: false },
    policy: { type: String },
    attribute: { type: String },
    large: { type: Boolean, reflect: true },
    width: { type: Number },
    height: { type: Number },
    exportError: { state: true },
    measuredWidth: { state: true },
  };

  declare results: Results | null;
  declare policy: string;
  declare attribute: string;
  declare large: boolean;
  declare width: number;
  declare height: number;
  declare exportError: string;
  /** The container's content width in CSS pixels (0 until measured). */
  declare measuredWidth: number;
  private resizeObserver: ResizeObserver | undefined;

  /** The chart's name, shown above the finding and used in export file names. */
  protected abstract readonly heading: string;
  protected abstract readonly fileStem: string;
  protected abstract computeLayout(results: Results, size: ChartSize): ChartLayout;

  private layout: ChartLayout | null = null;
  private svg: SVGSVGElement | null = null;

  constructor() {
    super();
    this.results = null;
    this.policy = '';
    this.attribute = '';
    this.large = false;
    this.width = 640;
    this.height = 360;
    this.exportError = '';
    this.measuredWidth = 0;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof ResizeObserver === 'undefined') return;
    this.resizeObserver = new ResizeObserver((entries) => {
      const width = Math.floor(entries[0]?.contentRect.width ?? 0);
      // A change below a pixel would only redraw the same chart.
      if (width > 0 && Math.abs(width - this.measuredWidth) >= 1) this.measuredWidth = width;
    });
    this.resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
  }

  /** The size the chart is drawn at: the measured width (or `width` before measuring). */
  get drawnSize(): ChartSize {
    const width = this.measuredWidth || this.width;
    return { width, height: chartHeight(width, this, this.large), fontSize: CHART_FONT_PX * (this.large ? LARGE_TEXT_SCALE : 1) };
  }

  static override styles = css`
    :host { display: block; font-size: var(--fg-chart-font-size, 0.95rem); color: var(--fg-ink, #1f2328); }
    :host([large]) { --fg-chart-font-size: 1.35rem; }
    figure { margin: 0; }
    .name { margin: 0; font-size: 0.8em; text-transform: uppercase; letter-spacing: 0.04em; color: var(--fg-muted, #5c636b); }
    h3 { margin: 0.15em 0 0.5em; font-size: 1.15em; line-height: 1.3; }
    .plot svg { display: block; max-width: 100%; height: auto; }
    .notes { margin: 0.4em 0; padding: 0; list-style: none; font-size: 0.85em; color: var(--fg-muted, #5c636b); }
    .actions { display: flex; gap: 0.5em; margin: 0.5em 0; }
    button { font: inherit; font-size: 0.85em; padding: 0.3em 0.8em; border: 1px solid #8a9098; border-radius: 4px; background: #fff; color: inherit; cursor: pointer; }
    button:focus-visible, summary:focus-visible { outline: 3px solid #0072b2; outline-offset: 2px; }
    [data-person] { cursor: pointer; }
    [data-person]:focus { outline: none; }
    [data-person]:focus-visible { stroke: #000; stroke-width: 3px; outline: 3px solid #0072b2; outline-offset: 2px; }
    details { font-size: 0.85em; }
    table { border-collapse: collapse; margin-top: 0.4em; }
    caption { text-align: left; color: var(--fg-muted, #5c636b); padding-bottom: 0.3em; }
    th, td { padding: 0.2em 0.6em; border-bottom: 1px solid #d5d9de; text-align: right; }
    th:first-child, td:first-child { text-align: left; }
    .empty, .error { color: var(--fg-muted, #5c636b); }
    .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  `;

  protected override willUpdate(_changed: PropertyValues): void {
    this.layout = this.results ? this.computeLayout(this.results, this.drawnSize) : null;
  }

  protected override render() {
    const layout = this.layout;
    if (!layout) return renderChartEmpty(this.heading, 'Run a scenario to see this chart.');
    return renderChartFigure(layout, this.heading, html`
      <button type="button" @click=${this.onExportSvg}>Export SVG<span class="sr-only"> of ${this.heading}</span></button>
      <button type="button" @click=${this.onExportPng}>Export PNG<span class="sr-only"> of ${this.heading}</span></button>
      ${this.exportError ? html`<span class="error" role="status">${this.exportError}</span>` : nothing}
    `);
  }

  protected override updated(_changed: PropertyValues): void {
    const host = this.renderRoot.querySelector('.plot');
    this.svg = host && this.layout ? renderChart(host, this.layout) : null;
  }

  /** The drawn SVG element (null before results arrive). */
  get svgElement(): SVGSVGElement | null {
    return this.svg;
  }

  private fileName(extension: string): string {
    return `${exportName(this.fileStem, this.policy || (this.results?.policies[0]?.id ?? ''), this.attribute)}.${extension}`;
  }

  /** The policy the chart shows, for its exports. */
  protected exportPolicy(results: Results): string {
    return findPolicy(results, this.policy)?.label ?? '';
  }

  /** What the chart measures, for its exports (default: the audit's verdict metric). */
  protected exportMetric(results: Results): string {
    return metricName(results.metric);
  }

  /** The drawn chart with its title above and scenario, policy, attribute, metric and hash below. */
  standaloneExport(): StandaloneSvg | null {
    const svg = this.svg;
    const layout = this.layout;
    const results = this.results;
    if (!svg || !layout || !results) return null;
    const attributeId = this.attribute || (results.attributes[0]?.id ?? '');
    const context = {
      chart: this.heading,
      title: layout.title,
      scenario: results.scenario.name,
      hash: results.scenario.hash,
      policy: this.exportPolicy(results),
      attribute: attributeId ? attributeLabel(results, attributeId) : '',
      metric: this.exportMetric(results),
    };
    const fontSize = DEFAULT_FONT_SIZE * (this.large ? LARGE_TEXT_SCALE : 1);
    return standaloneSvg(serializeSvg(svg), layout.width, layout.height, context, fontSize);
  }

  private onExportSvg = () => {
    const out = this.standaloneExport();
    if (out && this.svg) exportSvgText(this.svg.ownerDocument, out.text, this.fileName('svg'));
  };

  private onExportPng = async () => {
    const out = this.standaloneExport();
    if (!out || !this.svg) return;
    try {
      this.exportError = '';
      await exportPngText(this.svg.ownerDocument, out.text, out.width, out.height, this.fileName('png'));
    } catch (error) {
      this.exportError = error instanceof Error ? error.message : String(error);
    }
  };
}

/** Registers `tag` once (modules can be evaluated twice in tests and hot reload). */
export function defineChart(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
