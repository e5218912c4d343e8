/**
 * What a report file carries for machines: the scenario it was made from, its hash, and the
 * sign-off, as JSON in `<script type="application/json" id="fairground-report">` (data, never run:
 * the report has no executable script). Opening a report in the app reads it back, so the
 * scenario and its sign-off survive save and reopen, and re-exporting keeps the sign-off.
 *
 * Extraction is plain string work (no DOM, no HTML parser needed): the builder writes the block
 * with `<` escaped inside, so its end is the first `</script>` after the opening tag.
 */
import { parseSignOff, type SignOff } from './sign-off';

export const REPORT_FORMAT = 'fairground.report';
export const REPORT_VERSION = 1;
export const PAYLOAD_ID = 'fairground-report';
/** A report file bigger than this is not read (reports with every table are a few hundred kB). */
export const REPORT_FILE_BYTES = 16_000_000;

export interface ReportPayload {
  format: typeof REPORT_FORMAT;
  version: typeof REPORT_VERSION;
  engine: string;
  generated: string;
  scenarioHash: string;
  /** The scenario as run (defaults filled in). Validated like any scenario file when read back. */
  scenario: unknown;
  signOff?: SignOff;
}

export type PayloadRead =
  | { ok: true; payload: ReportPayload; scenarioText: string }
  | { ok: false; problem: string };

const OPEN = new RegExp(`<script\\b[^>]*\\bid=["']?${PAYLOAD_ID}["']?[^>]*>`, 'i');

/** True when `text` looks like an HTML document rather than JSON. */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html[\s>])/i.test(text.slice(0, 200));
}

/**
 * Reads the payload out of a report's HTML. The scenario comes back as JSON text for the caller to
 * validate as a scenario file; a sign-off that does not validate is reported, not half-used.
 */
export function readReportPayload(html: string): PayloadRead {
  const open = OPEN.exec(html);
  if (!open) return { ok: false, problem: 'this HTML file is not a Fairground audit report (it has no embedded scenario)' };
  const start = open.index + open[0].length;
  const end = html.indexOf('</script>', start);
  if (end < 0) return { ok: false, problem: 'the report\'s embedded data is cut off' };
  let data: unknown;
  try {
    data = JSON.parse(html.slice(start, end));
  } catch {
    return { ok: false, problem: 'the report\'s embedded data is not valid JSON' };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, problem: 'the report\'s embedded data is not an object' };
  const d = data as Record<string, unknown>;
  if (d.format !== REPORT_FORMAT) return { ok: false, problem: `the embedded data is not "${REPORT_FORMAT}"` };
  if (d.version !== REPORT_VERSION) return { ok: false, problem: `report version ${String(d.version)} is not supported (this app reads version ${REPORT_VERSION})` };
  if (typeof d.scenario !== 'object' || d.scenario === null) return { ok: false, problem: 'the report has no scenario' };
  const payload: ReportPayload = {
    format: REPORT_FORMAT,
    version: REPORT_VERSION,
    engine: typeof d.engine === 'string' ? d.engine : '',
    generated: typeof d.generated === 'string' ? d.generated : '',
    scenarioHash: typeof d.scenarioHash === 'string' ? d.scenarioHash : '',
    scenario: d.scenario,
  };
  if (d.signOff !== undefined) {
    const s = parseSignOff(d.signOff);
    if (!s.ok) return { ok: false, problem: `the report's sign-off is not valid: ${s.problems.join('; ')}` };
    payload.signOff = s.signOff;
  }
  return { ok: true, payload, scenarioText: JSON.stringify(d.scenario, null, 2) };
}
