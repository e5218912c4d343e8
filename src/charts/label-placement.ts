/**
 * Greedy label placement for point charts: each label tries a list of spots around its point
 * (right, left, above, below, then nudged up or down) and takes the first that stays inside the
 * bounds and clear of every point and every label placed before it. Widths are the layouts'
 * estimate (`textWidth`), padded a little, since layouts run without a DOM to measure in.
 */
import type { TextMark } from './marks';
import { textWidth } from './marks';

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface PlacedPoint {
  cx: number;
  cy: number;
  r: number;
}

export interface PlacementRequest {
  /** Index into the points the label belongs to. */
  point: number;
  text: string;
  fontSize: number;
}

export interface Placement {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
  /** Set when the label sits a line or more away from its point: draw a leader line to it. */
  leader?: { x1: number; y1: number; x2: number; y2: number };
}

/** Text marks are drawn with `baseline: 'middle'`; a line of text is this many font sizes tall. */
export const LINE_BOX = 1.2;

export function boxesIntersect(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

export function boxInside(inner: Box, outer: Box): boolean {
  return inner.x0 >= outer.x0 - 1e-9 && inner.x1 <= outer.x1 + 1e-9 && inner.y0 >= outer.y0 - 1e-9 && inner.y1 <= outer.y1 + 1e-9;
}

/** The box a text mark covers, by the same width estimate the layouts use. */
export function textBox(mark: Pick<TextMark, 'x' | 'y' | 'text' | 'fontSize' | 'anchor' | 'baseline'>): Box {
  const w = textWidth(mark.text, mark.fontSize);
  const x0 = mark.anchor === 'end' ? mark.x - w : mark.anchor === 'middle' ? mark.x - w / 2 : mark.x;
  const h = mark.fontSize * LINE_BOX;
  const y0 = mark.baseline === 'middle' ? mark.y - h / 2 : mark.baseline === 'hanging' ? mark.y : mark.y - mark.fontSize * 0.9;
  return { x0, y0, x1: x0 + w, y1: y0 + h };
}

/** Candidate spots for a `w` × `h` label beside a point, best first. */
function candidates(p: PlacedPoint, w: number, h: number, gap: number, bounds: Box): Placement[] {
  const out: Placement[] = [];
  const side = (anchor: 'start' | 'end', dy: number) => {
    const x = anchor === 'start' ? p.cx + p.r + gap : p.cx - p.r - gap;
    const y = p.cy + dy;
    out.push({ x, y, anchor, box: { x0: anchor === 'start' ? x : x - w, x1: anchor === 'start' ? x + w : x, y0: y - h / 2, y1: y + h / 2 } });
  };
  // Above or below, centred on the point, or slid sideways so that it stays inside the bounds
  // while still spanning the point.
  const vertical = (above: boolean, slide: 'centre' | 'fit', extraLines = 0) => {
    // Far enough from the point that a label beside the same point still fits.
    const off = Math.max(p.r, h / 2) + gap / 2 + h / 2 + extraLines * h;
    const y = above ? p.cy - off : p.cy + off;
    let x0 = p.cx - w / 2;
    if (slide === 'fit') {
      x0 = Math.min(Math.max(x0, bounds.x0), bounds.x1 - w);
      if (x0 > p.cx || x0 + w < p.cx || x0 === p.cx - w / 2) return;
    }
    const leader = extraLines ? { x1: p.cx, y1: above ? p.cy - p.r : p.cy + p.r, x2: p.cx, y2: above ? y + h / 2 : y - h / 2 } : undefined;
    const placement: Placement = slide === 'fit'
      ? { x: x0, y, anchor: 'start', box: { x0, x1: x0 + w, y0: y - h / 2, y1: y + h / 2 } }
      : { x: p.cx, y, anchor: 'middle', box: { x0, x1: x0 + w, y0: y - h / 2, y1: y + h / 2 } };
    out.push(leader ? { ...placement, leader } : placement);
  };
  side('start', 0);
  side('end', 0);
  for (const slide of ['centre', 'fit'] as const) {
    vertical(true, slide);
    vertical(false, slide);
  }
  for (const dy of [-0.6, 0.6, -1.1, 1.1]) {
    side('start', dy * h);
    side('end', dy * h);
  }
  // Last, a line or two further up or down, with a leader line back to the point.
  for (const extra of [1, 2]) {
    for (const slide of ['centre', 'fit'] as const) {
      vertical(true, slide, extra);
      vertical(false, slide, extra);
    }
  }
  return out;
}

/** A leader line as a thin box, so that labels keep clear of it and it of them. */
function leaderBox(l: { x1: number; y1: number; x2: number; y2: number }): Box {
  return { x0: Math.min(l.x1, l.x2) - 1, x1: Math.max(l.x1, l.x2) + 1, y0: Math.min(l.y1, l.y2), y1: Math.max(l.y1, l.y2) };
}

function pad(box: Box, by: number): Box {
  return { x0: box.x0 - by, y0: box.y0 - by, x1: box.x1 + by, y1: box.y1 + by };
}

/**
 * Places `requests` around `points` inside `bounds`. `taken` holds boxes already in use (it is
 * extended with every label placed, so calls can be chained). The most constrained label goes
 * first: at each step, of the labels not yet placed, the one with the fewest free spots takes its
 * best one, so a label with room to spare does not take the only spot of another. Returns a
 * placement per request (in request order), or undefined where no spot was free.
 */
export function placeLabels(points: readonly PlacedPoint[], requests: readonly PlacementRequest[], bounds: Box, taken: Box[] = []): (Placement | undefined)[] {
  const pointBoxes = points.map((p) => ({ x0: p.cx - p.r, y0: p.cy - p.r, x1: p.cx + p.r, y1: p.cy + p.r }));
  const spots = requests.map((request) => {
    const point = points[request.point];
    if (!point) return [];
    const fs = request.fontSize;
    // A little room around each label: the width is an estimate, and text needs air to be read.
    const margin = fs * 0.15;
    const w = textWidth(request.text, fs);
    const h = fs * LINE_BOX;
    return candidates(point, w, h, fs * 0.35, bounds)
      .filter((spot) => boxInside(spot.box, bounds))
      .map((spot) => ({ spot, padded: pad(spot.box, margin), blocks: [spot.box, ...(spot.leader ? [leaderBox(spot.leader)] : [])] }))
      .filter(({ padded, spot }) => !pointBoxes.some((b, i) => boxesIntersect(padded, b) || (spot.leader && i !== request.point && boxesIntersect(leaderBox(spot.leader), b))));
  });
  const result: (Placement | undefined)[] = requests.map(() => undefined);
  const open = new Set(requests.map((_, i) => i));
  while (open.size) {
    let pick = -1;
    let pickFree: typeof spots[number] = [];
    for (const i of open) {
      const free = spots[i]!.filter(({ padded, spot }) => !taken.some((b) => boxesIntersect(padded, b) || (spot.leader && boxesIntersect(leaderBox(spot.leader), b))));
      if (pick < 0 || free.length < pickFree.length) {
        pick = i;
        pickFree = free;
      }
      spots[i] = free;
    }
    open.delete(pick);
    const best = pickFree[0];
    if (!best) continue;
    taken.push(...best.blocks);
    result[pick] = best.spot;
  }
  return result;
}
