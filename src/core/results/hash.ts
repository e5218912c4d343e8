/**
 * A stable scenario hash: FNV-1a 64-bit over canonical JSON (object keys sorted, no whitespace).
 * Pure TypeScript (no crypto module in the core); identifies a scenario, it is not a security hash.
 */

/** JSON with object keys sorted at every level; undefined members are dropped as JSON.stringify does. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined && typeof v !== 'function')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** The UTF-8 bytes of `text` (the core has no TextEncoder: it compiles without DOM or Node types). */
export function utf8Bytes(text: string): number[] {
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0) as number;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return out;
}

/**
 * FNV-1a 64 of the UTF-8 bytes of `text`, as 16 hex digits. The 64-bit state is kept in four
 * 16-bit limbs (BigInt would be ~10× slower): h × prime = h × 0x1b3 + (h << 40), mod 2^64.
 */
export function fnv1a64(text: string): string {
  // offset basis 0xcbf29ce484222325, low limb first
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  for (const byte of utf8Bytes(text)) {
    h0 ^= byte;
    const s2 = (h0 & 0xff) << 8; // (h << 40) lands in limbs 2 and 3
    const s3 = (h0 >>> 8) | ((h1 & 0xff) << 8);
    let t = h0 * 0x1b3;
    h0 = t & 0xffff;
    t = h1 * 0x1b3 + (t >>> 16);
    h1 = t & 0xffff;
    t = h2 * 0x1b3 + s2 + (t >>> 16);
    h2 = t & 0xffff;
    t = h3 * 0x1b3 + s3 + (t >>> 16);
    h3 = t & 0xffff;
  }
  const hex = (x: number) => x.toString(16).padStart(4, '0');
  return hex(h3) + hex(h2) + hex(h1) + hex(h0);
}

export function scenarioHash(scenario: unknown): string {
  return fnv1a64(canonicalJson(scenario));
}
