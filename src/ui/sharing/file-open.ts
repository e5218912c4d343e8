/**
 * Opening scenario files: from a file picker or dropped on the page. A file from a stranger is
 * untrusted: its size is checked before it is read, and its text goes through `parseScenarioText`,
 * which returns every problem with its path for the app to show.
 */
import { LIMITS, parseScenarioText } from '../../core/scenario';
import type { Issue, Scenario } from '../../core/scenario';

export type FileOpenResult =
  | { ok: true; fileName: string; text: string; scenario: Scenario }
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
  if (file.size > LIMITS.fileBytes)
    return fail(fileName, `the file is ${formatBytes(file.size)}; scenario files are limited to ${formatBytes(LIMITS.fileBytes)}`);
  let text: string;
  try {
    text = await file.text();
  } catch (e) {
    return fail(fileName, `could not read the file: ${e instanceof Error ? e.message : String(e)}`);
  }
  const r = parseScenarioText(text);
  return r.ok ? { ok: true, fileName, text, scenario: r.scenario } : { ok: false, fileName, issues: r.issues };
}

/**
 * Opens the browser's file picker for one `.json` file. Resolves with the file, or undefined when
 * the user cancels (browsers that fire `cancel` on the input) — callers need not wait on it.
 */
export function pickScenarioFile(doc: Document = document): Promise<File | undefined> {
  return new Promise((resolve) => {
    const input = doc.createElement('input');
    input.type = 'file';
    input.accept = '.json,application/json';
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
