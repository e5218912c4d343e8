/**
 * Opening scenario files: from a file picker or dropped on the page. A file from a stranger is
 * untrusted: its size is checked before it is read, and its text goes through `parseScenarioText`,
 * which returns every problem with its path for the app to show.
 */
import { LIMITS, parseScenarioText } from '../../core/scenario';
import type { Issue, Scenario } from '../../core/scenario';
import { looksLikeHtml, readReportPayload, REPORT_FILE_BYTES } from '../../report/payload';
import type { SignOff } from '../../report/sign-off';

export type FileOpenResult =
  /** `report`: the file was an audit report; `text` is its scenario, `signOff` its sign-off if signed. */
  | { ok: true; fileName: string; text: string; scenario: Scenario; report?: boolean; signOff?: SignOff }
  | { ok: false; fileName: string; issues: Issue[] };

/** The part of a File we read (a real File or Blob with a name fits). */
export interface ScenarioFileLike {
  readonly name: string;
  readonly size: number;
  text(): Promise<string>;
}

/** Reads and validates one scenario file; never throws. */
export async function readScenarioFile(file: ScenarioFileLike): Promise<FileOpenResult> {
  const fileName = file.name;
  const report = /\.html?$/i.test(fileName);
  const cap = report ? REPORT_FILE_BYTES : LIMITS.fileBytes;
  if (file.size > cap)
    return fail(fileName, `the file is ${formatBytes(file.size)}; ${report ? 'reports' : 'scenario files'} are limited to ${formatBytes(cap)}`);
  let text: string;
  try {
    text = await file.text();
  } catch (e) {
    return fail(fileName, `could not read the file: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (looksLikeHtml(text)) return readReportFile(fileName, text);
  const r = parseScenarioText(text);
  return r.ok ? { ok: true, fileName, text, scenario: r.scenario } : { ok: false, fileName, issues: r.issues };
}

/** An audit report: its embedded scenario (validated like any scenario file) and its sign-off. */
function readReportFile(fileName: string, html: string): FileOpenResult {
  const read = readReportPayload(html);
  if (!read.ok) return fail(fileName, read.problem);
  if (read.scenarioText.length > LIMITS.fileBytes) return fail(fileName, `the report's scenario is larger than ${formatBytes(LIMITS.fileBytes)}`);
  const r = parseScenarioText(read.scenarioText);
  if (!r.ok) return { ok: false, fileName, issues: r.issues };
  const signOff = read.payload.signOff;
  return { ok: true, fileName, text: read.scenarioText, scenario: r.scenario, report: true, ...(signOff ? { signOff } : {}) };
}

/**
 * Opens the browser's file picker for one `.json` file. Resolves with the file, or undefined when
 * the user cancels (browsers that fire `cancel` on the input) — callers need not wait on it.
 */
export function pickScenarioFile(doc: Document = document): Promise<File | undefined> {
  return new Promise((resolve) => {
    const input = doc.createElement('input');
    input.type = 'file';
    input.accept = '.json,application/json,.html,text/html';
    input.addEventListener('change', () => resolve(input.files?.[0] ?? undefined), { once: true });
    input.addEventListener('cancel', () => resolve(undefined), { once: true });
    input.click();
  });
}

/** Picker and read in one step: undefined if the user cancelled. */
export async function openScenarioFile(doc: Document = document): Promise<FileOpenResult | undefined> {
  const file = await pickScenarioFile(doc);
  return file ? readScenarioFile(file) : undefined;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(bytes < 10_000 ? 1 : 0)} kB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

function fail(fileName: string, message: string): FileOpenResult {
  return { ok: false, fileName, issues: [{ path: '(file)', message }] };
}
