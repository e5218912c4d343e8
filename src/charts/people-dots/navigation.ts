/**
 * Moving between the people dots by keyboard (one Tab stop, a roving tabindex): the arrow keys go
 * to the next dot on screen in that direction, Home and End to the first and last. Pure, so it is
 * tested without a browser; the element reads the dots' centres from the drawn SVG.
 */

export interface DotPosition {
  cx: number;
  cy: number;
}

export const DOT_KEYS = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'] as const;
export type DotKey = (typeof DOT_KEYS)[number];

export function isDotKey(key: string): key is DotKey {
  return (DOT_KEYS as readonly string[]).includes(key);
}

/** Dots whose centres differ by less than this (in user units) are on one row. */
const SAME_ROW = 0.5;

/**
 * The index of the dot `key` moves to from dot `from`, in `dots` (reading order: rows top to bottom,
 * left to right). Left/Right step through reading order (wrapping from one row to the next);
 * Up/Down go to the nearest row above/below and the dot on it closest in x; at an edge focus stays.
 */
export function nextDot(dots: readonly DotPosition[], from: number, key: DotKey): number {
  const last = dots.length - 1;
  if (last < 0) return -1;
  const at = Math.max(0, Math.min(last, from));
  if (key === 'Home') return 0;
  if (key === 'End') return last;
  if (key === 'ArrowLeft') return Math.max(0, at - 1);
  if (key === 'ArrowRight') return Math.min(last, at + 1);
  const here = dots[at]!;
  const below = key === 'ArrowDown';
  let rowY: number | undefined;
  for (const d of dots) {
    const dy = d.cy - here.cy;
    if (below ? dy < SAME_ROW : dy > -SAME_ROW) continue;
    if (rowY === undefined || (below ? d.cy < rowY : d.cy > rowY)) rowY = d.cy;
  }
  if (rowY === undefined) return at;
  let best = at;
  let bestDx = Infinity;
  dots.forEach((d, i) => {
    if (Math.abs(d.cy - rowY!) >= SAME_ROW) return;
    const dx = Math.abs(d.cx - here.cx);
    if (dx < bestDx) {
      best = i;
      bestDx = dx;
    }
  });
  return best;
}
