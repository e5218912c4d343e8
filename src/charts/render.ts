/**
 * The render step: finished marks → an SVG inside `host`, through D3 selections. It draws exactly
 * the marks it is given; text goes in with `.text()` (labels come from strangers' scenario files).
 */
import { select } from 'd3-selection';
import type { ChartLayout, Mark } from './marks';
import { INK } from './palette';

const SVG_NS = 'http://www.w3.org/2000/svg';
export const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif';

const TAGS = { rect: 'rect', line: 'line', circle: 'circle', text: 'text', path: 'path' } as const;

let nextId = 0;

/** Coordinates with two decimals keep the SVG small and stable. */
const n = (value: number) => String(Math.round(value * 100) / 100);

/** A mark's SVG attributes (also used by the audit report's string serializer). */
export function markAttributes(mark: Mark): Record<string, string | undefined> {
  switch (mark.kind) {
    case 'rect':
      return {
        x: n(mark.x), y: n(mark.y), width: n(Math.max(0, mark.width)), height: n(Math.max(0, mark.height)),
        fill: mark.fill, stroke: mark.stroke,
      };
    case 'line':
      return {
        x1: n(mark.x1), y1: n(mark.y1), x2: n(mark.x2), y2: n(mark.y2), stroke: mark.stroke,
        'stroke-width': mark.strokeWidth === undefined ? undefined : n(mark.strokeWidth), 'stroke-dasharray': mark.dash,
      };
    case 'circle':
      return {
        cx: n(mark.cx), cy: n(mark.cy), r: n(mark.r), fill: mark.fill, stroke: mark.stroke,
        'stroke-width': mark.strokeWidth === undefined ? undefined : n(mark.strokeWidth),
      };
    case 'text':
      return {
        x: n(mark.x), y: n(mark.y), fill: mark.fill, 'font-size': n(mark.fontSize),
        'text-anchor': mark.anchor ?? 'start',
        'dominant-baseline': mark.baseline === 'hanging' ? 'hanging' : mark.baseline === 'middle' ? 'central' : undefined,
        'font-weight': mark.bold ? 'bold' : undefined,
        ...(mark.halo ? { stroke: '#ffffff', 'stroke-width': n(mark.fontSize * 0.25), 'stroke-linejoin': 'round', 'paint-order': 'stroke' } : {}),
      };
    case 'path':
      return {
        d: mark.d, fill: mark.fill, stroke: mark.stroke,
        'stroke-width': mark.strokeWidth === undefined ? undefined : n(mark.strokeWidth),
        'fill-opacity': mark.fillOpacity === undefined ? undefined : n(mark.fillOpacity), 'stroke-dasharray': mark.dash,
      };
  }
}

/** Draws `layout` into `host`, replacing what was there. Returns the SVG element. */
export function renderChart(host: Element, layout: ChartLayout): SVGSVGElement {
  const document = host.ownerDocument;
  const id = `fg-chart-${++nextId}`;
  const root = select(host);
  root.selectAll('svg').remove();
  const svg = root
    .append(() => document.createElementNS(SVG_NS, 'svg'))
    .attr('xmlns', SVG_NS)
    .attr('viewBox', `0 0 ${n(layout.width)} ${n(layout.height)}`)
    .attr('width', n(layout.width))
    .attr('height', n(layout.height))
    // A picture, unless its marks are controls (people you can click): then a labelled group, since
    // an image may not contain interactive elements (axe-core: nested-interactive).
    .attr('role', layout.marks.some((m) => m.person !== undefined) ? 'group' : 'img')
    .attr('aria-labelledby', `${id}-title`)
    .attr('aria-describedby', `${id}-desc`)
    .attr('font-family', FONT_FAMILY)
    .attr('fill', INK);
  svg.append('title').attr('id', `${id}-title`).text(layout.title);
  svg.append('desc').attr('id', `${id}-desc`).text(layout.description);

  const hatchId = `${id}-hatch`;
  svg
    .append('defs')
    .append('pattern')
    .attr('id', hatchId)
    .attr('patternUnits', 'userSpaceOnUse')
    .attr('width', 6)
    .attr('height', 6)
    .attr('patternTransform', 'rotate(45)')
    .append('line')
    .attr('x1', 0).attr('y1', 0).attr('x2', 0).attr('y2', 6)
    .attr('stroke', INK).attr('stroke-width', 1.5).attr('stroke-opacity', 0.45);

  const marks = svg.append('g').attr('class', 'marks');
  // People marks are one Tab stop (a roving tabindex: the first takes it, the element moves it).
  let personStop = true;
  for (const mark of layout.marks) {
    const element = marks.append(TAGS[mark.kind]);
    for (const [name, value] of Object.entries(markAttributes(mark))) {
      if (value !== undefined) element.attr(name, value);
    }
    if (mark.className) element.attr('class', mark.className);
    if (mark.kind === 'text') element.text(mark.text);
    if (mark.tooltip) element.append('title').text(mark.tooltip);
    if (mark.person !== undefined) {
      element.attr('data-person', mark.person).attr('tabindex', personStop ? 0 : -1).attr('role', 'button').attr('aria-label', `${mark.tooltip ?? `Person ${mark.person}`}: explain`);
      personStop = false;
    }
    if (mark.kind === 'rect' && mark.hatch) {
      // The hatching is a second rect on top, so the cell keeps its own fill underneath.
      const overlay = marks.append('rect').attr('class', 'hatch').attr('fill', `url(#${hatchId})`).attr('pointer-events', 'none');
      for (const name of ['x', 'y', 'width', 'height'] as const) overlay.attr(name, element.attr(name));
    }
  }
  return svg.node() as SVGSVGElement;
}
