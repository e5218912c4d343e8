/**
 * Exports that stand alone: a chart saved as SVG or PNG carries, above the drawing, its name and
 * its finding (the chart's title), and below it the scenario, the policy, the attribute, the
 * metric and the scenario hash — so a slide or a report shows what the picture is of. A pure
 * string step (the chart's SVG, already serialised with its styles, goes in as text).
 */
import { textWidth } from './marks';

export interface ExportContext {
  /** "Reach vs population share". */
  chart: string;
  /** The finding, as the chart states it. */
  title: string;
  scenario: string;
  /** The scenario hash of the results (16 hex digits). */
  hash: string;
  policy: string;
  attribute: string;
  metric: string;
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}

/** Words into lines no wider than `width` at `fontSize` (a word longer than a line gets its own). */
export function wrapText(text: string, width: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, fontSize) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Segments joined by " · " into lines no wider than `width`; a segment too long for a line is word-wrapped. */
export function wrapSegments(segments: readonly string[], width: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const segment of segments) {
    const next = line ? `${line} · ${segment}` : segment;
    if (textWidth(next, fontSize) <= width) {
      line = next;
      continue;
    }
    if (line) lines.push(line);
    const parts = wrapText(segment, width, fontSize);
    line = parts.pop() ?? '';
    lines.push(...parts);
  }
  if (line) lines.push(line);
  return lines;
}

/** A coordinate or size as written in the file: two decimals at most. */
const n = (v: number) => String(Math.round(v * 100) / 100);

export interface StandaloneSvg {
  text: string;
  width: number;
  height: number;
}

/**
 * The chart's SVG (`inner`, width × height) inside a larger SVG with the heading above and the
 * context below. `fontSize` is the chart's base font size.
 */
export function standaloneSvg(inner: string, width: number, height: number, context: ExportContext, fontSize = 12): StandaloneSvg {
  const pad = fontSize;
  const titleSize = fontSize * 1.3;
  const metaSize = fontSize * 0.9;
  const room = width - 2 * pad;
  const titleLines = wrapText(context.title, room, titleSize);
  const meta = wrapSegments([
    `Scenario: ${context.scenario}`, `Policy: ${context.policy}`, ...(context.attribute ? [`Attribute: ${context.attribute}`] : []),
    `Metric: ${context.metric}`, `Scenario hash ${context.hash}`, 'Fairground',
  ], room, metaSize);
  const lines: string[] = [];
  let y = pad + fontSize;
  lines.push(`<text x="${n(pad)}" y="${n(y)}" font-size="${n(fontSize * 0.85)}" fill="#5c636b" letter-spacing="0.04em">${escapeXml(context.chart.toUpperCase())}</text>`);
  for (const line of titleLines) {
    y += titleSize * 1.25;
    lines.push(`<text x="${n(pad)}" y="${n(y)}" font-size="${n(titleSize)}" font-weight="bold" fill="#1f2328">${escapeXml(line)}</text>`);
  }
  const top = y + fontSize * 0.8;
  let by = top + height + fontSize * 0.6;
  const below: string[] = [];
  for (const line of meta) {
    by += metaSize * 1.35;
    below.push(`<text x="${n(pad)}" y="${n(by)}" font-size="${n(metaSize)}" fill="#3d434a">${escapeXml(line)}</text>`);
  }
  const total = Math.ceil(by + pad);
  const body = inner.replace(/^<\?xml[^>]*>\s*/, '').replace(/^<svg\b/, `<svg x="0" y="${n(top)}"`);
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}" font-family='${FONT}'>`
    + `<title>${escapeXml(`${context.chart}: ${context.title}`)}</title>`
    + `<rect width="${width}" height="${total}" fill="#ffffff"/>${lines.join('')}${body}${below.join('')}</svg>`;
  return { text, width, height: total };
}
