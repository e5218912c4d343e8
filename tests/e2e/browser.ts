/**
 * End-to-end harness: builds the app if `dist/` is missing or older than its sources, serves it
 * with the tiny static server, and drives an installed Chromium (see ./chromium.ts) through
 * playwright-core with a fresh profile. Never downloads a browser.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';
import { chromiumPath } from './chromium';
import { serveDirectory } from './static-server';
import type { StaticServer } from './static-server';

export const ROOT = resolve(import.meta.dirname, '../..');
export const SCREENSHOTS = join(ROOT, 'tests/e2e/screenshots');
const SOURCES = ['src', 'workers', 'scenarios', 'index.html', 'vite.config.ts', 'package.json'];

function newestMtime(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(path).reduce((m, name) => Math.max(m, newestMtime(join(path, name))), s.mtimeMs);
}

/** Runs `vite build` unless dist/index.html is newer than every source file. */
export function ensureBuilt(): void {
  const built = join(ROOT, 'dist/index.html');
  const sources = Math.max(...SOURCES.map((p) => join(ROOT, p)).filter(existsSync).map(newestMtime));
  if (existsSync(built) && statSync(built).mtimeMs > sources) return;
  execFileSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
}

export interface AppSession {
  server: StaticServer;
  context: BrowserContext;
  page: Page;
  /** Every URL the page (and its workers) requested. */
  requests: string[];
  close(): Promise<void>;
}

export async function openApp(viewport = { width: 1280, height: 800 }): Promise<AppSession> {
  ensureBuilt();
  const server = await serveDirectory(join(ROOT, 'dist'));
  const profile = mkdtempSync(join(tmpdir(), 'fairground-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    viewport,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${server.origin}/`);
  return {
    server,
    context,
    page,
    requests,
    async close() {
      await context.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** How many times the charts have been redrawn after a run (the app marks each one). */
export function drawCount(page: Page): Promise<number> {
  return page.evaluate(() => performance.getEntriesByName('fg:charts-drawn').length);
}

/** Waits until the charts have been redrawn more than `before` times and the run is done. */
export async function waitForDraw(page: Page, before: number, timeout = 60_000): Promise<void> {
  await page.waitForFunction(
    (n) => performance.getEntriesByName('fg:charts-drawn').length > n && (document.querySelector('fg-app') as unknown as { runs: { status: string } }).runs.status === 'done',
    before,
    { timeout, polling: 50 },
  );
}

export function runStatus(page: Page): Promise<string> {
  return page.evaluate(() => (document.querySelector('fg-app') as unknown as { runs: { status: string } }).runs.status);
}

/** The results' population size on screen (the last good run). */
export function shownPopulation(page: Page): Promise<number | undefined> {
  return page.evaluate(() => (document.querySelector('fg-app') as unknown as { runs: { results?: { populationSize: number } } }).runs.results?.populationSize);
}

/** The id (or tag) of the focused element, looking inside shadow roots. */
export function focusedId(page: Page): Promise<string> {
  return page.evaluate(() => {
    let a: Element | null = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    return a ? a.id || a.tagName.toLowerCase() : '';
  });
}

/** Counts elements matching `selector` in the document and every shadow root. */
export function deepCount(page: Page, selector: string): Promise<number> {
  return page.evaluate((sel) => {
    let n = 0;
    const visit = (root: Document | ShadowRoot) => {
      n += root.querySelectorAll(sel).length;
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
    };
    visit(document);
    return n;
  }, selector);
}

/** The editor panel starts hidden below 1440 px and after Large text; the editing tests show it. */
export async function showEditor(page: Page): Promise<void> {
  const toggle = page.locator('header button.panel-toggle');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}
