/**
 * The ArrayBuffers a task result can hand over to the other thread instead of copying. A buffer
 * that the worker still holds (a chunk column or a store entry) must not be transferred — it would
 * be detached under the worker's feet — so those are excluded.
 */

/**
 * Results whose buffers hold fewer bytes than this are copied, not transferred: copying them costs
 * microseconds, while finding the worker's held buffers walks every chunk's columns and store
 * (measured: 267 ms over the 168 results with buffers of a 1M run, both workers, on a loaded
 * machine; no result there reached 600 kB).
 */
export const TRANSFER_FROM = 1 << 20;

/**
 * The buffers of `result` to transfer: none when they are small (TRANSFER_FROM), else those the
 * worker does not hold (`held` is asked only then). Copying instead is always safe.
 */
export function transferList(result: unknown, held: () => Set<ArrayBufferLike>): ArrayBuffer[] {
  const candidates = resultBuffers(result);
  let bytes = 0;
  for (const b of candidates) bytes += b.byteLength;
  if (bytes < TRANSFER_FROM) return [];
  const kept = held();
  return candidates.filter((b) => !kept.has(b));
}

/** Every buffer of typed arrays in `values` (chunk columns, store entries), to a bounded depth. */
export function heldBuffers(values: Iterable<unknown>): Set<ArrayBufferLike> {
  const held = new Set<ArrayBufferLike>();
  for (const v of values) walk(v, 3, (b) => held.add(b));
  return held;
}

/** The non-empty ArrayBuffers in a task result (each once), before the held ones are taken out. */
export function resultBuffers(result: unknown): ArrayBuffer[] {
  const out = new Set<ArrayBuffer>();
  walk(result, 4, (b) => {
    if (b instanceof ArrayBuffer && b.byteLength > 0) out.add(b);
  });
  return [...out];
}

/** Visits the buffers of typed arrays in plain objects, arrays and maps, to a bounded depth. */
function walk(value: unknown, depth: number, visit: (buffer: ArrayBufferLike) => void): void {
  if (value === null || typeof value !== 'object') return;
  if (ArrayBuffer.isView(value)) {
    visit(value.buffer);
    return;
  }
  if (depth === 0) return;
  if (Array.isArray(value)) {
    // Long arrays of numbers hold no buffers; only look at arrays of objects.
    for (const v of value) if (v !== null && typeof v === 'object') walk(v, depth - 1, visit);
  } else if (value instanceof Map) {
    for (const v of value.values()) walk(v, depth - 1, visit);
  } else {
    for (const v of Object.values(value)) walk(v, depth - 1, visit);
  }
}
