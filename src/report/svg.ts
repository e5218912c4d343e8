/**
 * A chart's marks as an SVG string, for the report (Node has no DOM for `renderChart`). The same
 * attributes as the render step (`markAttributes`), the same hatch pattern, text escaped.
 */
import type { ChartLayout } from '../charts/marks';
import { FONT_FAMILY, markAttributes } from '../charts/render';
import { INK } from '../charts/palette';
import { escapeHtml } from './html';

const n = (value: number) => String(Math.round(value * 100) / 100);

function attrs(values: Record<string, string | undefined>): string {
  return Object.entries(values)
    .filter((e): e is [string, string] => e[1] !== undefined)
    .map(([k, v]) => ` ${k}="${escapeHtml(v)}"`)
    .join('');
}

/** `id` must be unique in the document (it names the title, description and hatch pattern). */
export function chartSvg(layout: ChartLayout, id: string): string {
  const hatch = `${id}-hatch`;
  const parts: string[] = [];
  for (const mark of layout.marks) {
    const a = attrs({ ...markAttributes(mark), class: mark.className });
    const title = mark.tooltip ? `<title>${escapeHtml(mark.tooltip)}</title>` : '';
    const body = mark.kind === 'text' ? escapeHtml(mark.text) + title : title;
    parts.push(`<${mark.kind}${a}>${body}</${mark.kind}>`);
    if (mark.kind === 'rect' && mark.hatch) {
      const box = markAttributes(mark);
      parts.push(`<rect class="hatch" fill="url(#${hatch})" pointer-events="none"${attrs({ x: box.x, y: box.y, width: box.width, height: box.height })}></rect>`);
    }
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${n(layout.width)} ${n(layout.height)}" width="${n(layout.width)}" height="${n(layout.height)}"` +
    ` role="img" aria-labelledby="${id}-title" aria-describedby="${id}-desc" font-family="${escapeHtml(FONT_FAMILY)}" fill="${INK}">` +
    `<title id="${id}-title">${escapeHtml(layout.title)}</title><desc id="${id}-desc">${escapeHtml(layout.description)}</desc>` +
    `<defs><pattern id="${hatch}" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">` +
    `<line x1="0" y1="0" x2="0" y2="6" stroke="${INK}" stroke-width="1.5" stroke-opacity="0.45"></line></pattern></defs>` +
    `<g class="marks">${parts.join('')}</g></svg>`
  );
}
