/**
 * Share links: the whole scenario in the URL hash, so a link opens the exact scenario offline and
 * no server ever sees it (browsers do not send the hash). The hash is `#s=` followed by the
 * base64url of the raw-DEFLATE-compressed canonical JSON (keys sorted, no spaces), so the same
 * scenario always gives the same link.
 *
 * A link from a stranger is untrusted input: its length is capped before decoding, the inflated
 * text is capped (a small link must not expand into gigabytes), and the result goes through the
 * same `parseScenario` door as a file.
 */
import { deflateSync, Inflate, strFromU8, strToU8 } from 'fflate';
import { LIMITS } from './limits';
import type { ParseResult } from './parse';
import { parseScenarioText } from './parse';
import type { Scenario, ScenarioInput } from './types';

/** The hash parameter that carries the scenario. */
export const LINK_PARAM = 's';
/**
 * Longest hash accepted, in characters. 32 kB is far above any realistic scenario (the presets,
 * narratives included, give links of 2.0–3.3 kB) and well within what browsers keep in a URL.
 */
export const MAX_LINK_CHARS = 32_768;

/** `#s=…` for a scenario (parsed or as written). */
export function scenarioToLink(scenario: Scenario | ScenarioInput): string {
  const bytes = deflateSync(strToU8(canonicalJson(scenario)), { level: 9 });
  return `#${LINK_PARAM}=${toBase64Url(bytes)}`;
}

/** True when a hash carries a scenario (the app then prefers it over autosave). */
export function hasScenarioLink(hash: string): boolean {
  return linkPayload(hash) !== undefined;
}

/**
 * Reads a scenario from a hash (`#s=…`, `s=…` or a whole URL). Problems come back as issues with
 * the path `(link)`; scenario problems with their usual paths.
 */
export function scenarioFromLink(hash: string): ParseResult {
  if (typeof hash !== 'string') return linkIssue('expected the text of a link');
  if (hash.length > MAX_LINK_CHARS)
    return linkIssue(`the link is ${hash.length.toLocaleString('en')} characters long; links are limited to ${MAX_LINK_CHARS.toLocaleString('en')} characters. Share the scenario as a file instead`);
  const payload = linkPayload(hash);
  if (payload === undefined) return linkIssue(`the link has no scenario in it (expected "#${LINK_PARAM}=…")`);
  const bytes = fromBase64Url(payload);
  if (!bytes || bytes.length === 0) return linkIssue('the link is damaged: its scenario part is not valid base64url (was it cut off or edited?)');
  const inflated = inflateCapped(bytes, LIMITS.fileBytes);
  if (inflated === 'damaged') return linkIssue('the link is damaged: its scenario does not decompress (was it cut off or edited?)');
  if (inflated === 'too-long')
    return linkIssue(`the link's scenario expands to more than ${LIMITS.fileBytes.toLocaleString('en')} characters, the limit for a scenario`);
  let text: string;
  try {
    text = strFromU8(inflated);
  } catch {
    return linkIssue('the link is damaged: its scenario is not text');
  }
  return parseScenarioText(text);
}

/**
 * Compressed bytes fed to the inflater at a time. DEFLATE expands at most ~1,032:1, so decoding stops
 * within ~260 kB of output past the cap: a bomb costs milliseconds, not the whole expansion.
 */
const INFLATE_PIECE = 256;

/**
 * Raw DEFLATE decoded until `cap` bytes and no further: the input goes in small pieces and decoding
 * stops at the first piece whose output passes the cap. (`inflateSync` with a fixed `out` buffer
 * drops the excess but still decodes the whole stream.)
 */
export function inflateCapped(bytes: Uint8Array, cap: number): Uint8Array | 'too-long' | 'damaged' {
  const parts: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total <= cap) parts.push(chunk);
  });
  try {
    for (let at = 0; at < bytes.length; at += INFLATE_PIECE) {
      const end = Math.min(bytes.length, at + INFLATE_PIECE);
      inflater.push(bytes.subarray(at, end), end === bytes.length);
      if (total > cap) return 'too-long';
    }
  } catch {
    return 'damaged';
  }
  const out = new Uint8Array(total);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/**
 * The text of a saved scenario file: the parsed scenario (defaults written out, so the file says
 * exactly what ran) as indented JSON in the schema's field order, ending with a newline.
 */
export function scenarioToFileText(scenario: Scenario | ScenarioInput): string {
  return `${JSON.stringify(scenario, null, 2)}\n`;
}

/** JSON with object keys sorted at every level and no whitespace: one text per scenario. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
    return sorted;
  });
}

function linkPayload(hash: string): string | undefined {
  const at = hash.indexOf('#');
  const fragment = at >= 0 ? hash.slice(at + 1) : hash;
  for (const part of fragment.split('&')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq) === LINK_PARAM) return part.slice(eq + 1);
  }
  return undefined;
}

function linkIssue(message: string): ParseResult {
  return { ok: false, issues: [{ path: '(link)', message }] };
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const DECODE = new Map([...ALPHABET].map((c, i) => [c, i]));

/** RFC 4648 §5 base64url without padding (the core has no btoa). */
export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const b0 = bytes[i] ?? 0;
    const b1 = bytes[i + 1] ?? 0;
    const b2 = bytes[i + 2] ?? 0;
    const n = (b0 << 16) | (b1 << 8) | b2;
    const chars = i + 2 < bytes.length ? 4 : i + 1 < bytes.length ? 3 : 2;
    for (let c = 0; c < chars; c++) out += ALPHABET[(n >> (18 - 6 * c)) & 63];
  }
  return out;
}

/** Decodes base64url (padding and standard `+/` tolerated); undefined if it is not base64. */
export function fromBase64Url(text: string): Uint8Array | undefined {
  const clean = text.replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  if (clean.length % 4 === 1) return undefined;
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let o = 0;
  for (const ch of clean) {
    const d = DECODE.get(ch);
    if (d === undefined) return undefined;
    value = ((value << 6) | d) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (value >> bits) & 0xff;
    }
  }
  return out;
}
