/**
 * Printing the report to PDF through headless Chromium, where one is installed. Nothing is
 * downloaded: we look for a browser on the usual paths (or the one named by `--chromium` or
 * FAIRGROUND_CHROMIUM) and say so in one line when there is none.
 */
import { execFile } from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CliError } from './io';

export const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The first executable of `candidates`, or undefined. */
export function findChromium(candidates: readonly string[]): string | undefined {
  return candidates.find(executable);
}

export function chromiumCandidates(explicit: string | undefined): string[] {
  if (explicit) return [explicit];
  const env = process.env.FAIRGROUND_CHROMIUM;
  return env ? [env, ...CHROMIUM_CANDIDATES] : CHROMIUM_CANDIDATES;
}

/** Prints the HTML file `html` to `pdf` with headless Chromium at `browser`. */
export async function printToPdf(browser: string, html: string, pdf: string): Promise<void> {
  const profile = mkdtempSync(join(tmpdir(), 'fairground-pdf-'));
  const args = [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-extensions', `--user-data-dir=${profile}`,
    '--no-pdf-header-footer', `--print-to-pdf=${resolve(pdf)}`, pathToFileURL(resolve(html)).href,
  ];
  try {
    await new Promise<void>((ok, fail) => {
      execFile(browser, args, { timeout: 120_000 }, (error, _stdout, stderr) => {
        if (error) fail(new CliError(`Chromium could not print the PDF: ${error.killed ? 'timed out after 120 s' : (stderr.trim().split('\n').pop() ?? error.message)}`));
        else ok();
      });
    });
    if (!statSync(pdf, { throwIfNoEntry: false })?.size) throw new CliError(`Chromium ran but wrote no PDF at ${pdf}`);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
