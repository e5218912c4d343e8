/**
 * The audit report from the built app, in headless Chromium: the Audit report dialog signs and
 * downloads it; the file renders from a file:// URL with no request leaving the page; its numbers
 * equal the app's results.json; and the sign-off survives save and reopen — opening the report
 * restores its scenario and sign-off, re-exporting keeps it, and after an edit the report says the
 * scenario changed since it was signed. Screenshots go to tests/e2e/screenshots/.
 */
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Window } from 'happy-dom';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Results } from '../../src/core/results/types';
import { readReportPayload } from '../../src/report/payload';
import type { SignOff } from '../../src/report/sign-off';
import { checkCells, collectCells } from '../report/read-back';
import type { AppSession } from './browser';
import { SCREENSHOTS, drawCount, openApp, waitForDraw } from './browser';

const downloads = mkdtempSync(join(tmpdir(), 'fairground-report-e2e-'));
let session: AppSession;
let page: Page;

interface AppHandle {
  signOff?: SignOff;
  runs: { results?: Results };
  setScenarioText(text: string, options?: { runNow?: boolean }): void;
  text: string;
}

async function download(open: () => Promise<void>): Promise<{ name: string; path: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), open()]);
  // Saved under its suggested name, as a browser would: the .html extension is what makes
  // Chromium open it as a page from file://.
  const path = join(downloads, file.suggestedFilename());
  await file.saveAs(path);
  return { name: file.suggestedFilename(), path, text: readFileSync(path, 'utf8') };
}

const dialog = () => page.locator('fg-report-dialog dialog');

async function openDialog() {
  await page.locator('header button', { hasText: 'Audit report' }).click();
  await expect.poll(() => dialog().evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
}

function parse(html: string): Document {
  const window = new Window();
  window.document.write(html);
  return window.document as unknown as Document;
}

const SIGN_OFF = { reviewer: 'Ada Reviewer', role: 'Compliance officer', decision: 'approved-with-conditions', conditions: 'Drop the neighbourhood feature before launch.\nRe-audit in 3 months.', date: '2026-12-01' };

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  session = await openApp();
  page = session.page;
  await waitForDraw(page, 0);
});

afterAll(async () => {
  await session?.close();
});

describe('the audit report from the app', () => {
  let signed: { name: string; path: string; text: string };
  let results: Results;

  it('the dialog signs the report and downloads one HTML file carrying the sign-off', async () => {
    results = JSON.parse((await download(async () => {
      await page.locator('header summary', { hasText: 'Export' }).click();
      await page.locator('header .menu-items button', { hasText: 'Results (JSON)' }).click();
    })).text) as Results;
    await openDialog();
    await page.fill('fg-report-dialog #reviewer', SIGN_OFF.reviewer);
    await page.fill('fg-report-dialog #role', SIGN_OFF.role);
    await page.selectOption('fg-report-dialog #decision', SIGN_OFF.decision);
    await page.fill('fg-report-dialog #conditions', SIGN_OFF.conditions);
    await page.fill('fg-report-dialog #date', SIGN_OFF.date);
    await page.screenshot({ path: join(SCREENSHOTS, 'report-dialog.png') });
    signed = await download(() => page.locator('fg-report-dialog button', { hasText: 'Download signed report' }).click());
    expect(signed.name).toBe('warehouse-supervisor-job-ad-audit-report.html');
    const read = readReportPayload(signed.text);
    expect(read.ok && read.payload.signOff).toEqual({ ...SIGN_OFF, scenarioHash: results.scenario.hash });
    expect(await page.evaluate(() => (document.querySelector('fg-app') as unknown as AppHandle).signOff?.reviewer)).toBe(SIGN_OFF.reviewer);
  });

  it('the report renders from a file:// URL with no request leaving the page', async () => {
    const viewer = await session.context.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    viewer.on('request', (r) => requests.push(r.url()));
    viewer.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const url = pathToFileURL(signed.path).href;
    await viewer.goto(url);
    await viewer.waitForLoadState('load');
    expect(requests).toEqual([url]);
    expect(errors).toEqual([]);
    expect(await viewer.locator('svg').count()).toBeGreaterThan(10);
    expect(await viewer.locator('.signoff[data-current="true"]').count()).toBe(1);
    await viewer.setViewportSize({ width: 1100, height: 900 });
    await viewer.screenshot({ path: join(SCREENSHOTS, 'report-top.png') });
    await viewer.locator('#sign-off').scrollIntoViewIfNeeded();
    await viewer.screenshot({ path: join(SCREENSHOTS, 'report-sign-off.png') });
    // What the browser shows is the file's own tables: the same cells, read back from the DOM.
    expect(await viewer.locator('[data-field]').count()).toBe(collectCells(parse(signed.text)).length);
    await viewer.close();
  });

  it("its scenario hash and every number in its tables equal the app's results.json", () => {
    const doc = parse(signed.text);
    expect(doc.querySelector('#scenario-hash')?.textContent).toBe(results.scenario.hash);
    const cells = collectCells(doc);
    expect(cells.length).toBeGreaterThan(1000);
    expect(checkCells(cells, results)).toEqual([]);
  });

  it('the sign-off survives save and reopen, re-exporting keeps it, and an edit is called out', async () => {
    await page.evaluate(() => (document.querySelector('fg-app') as unknown as AppHandle).setScenarioText('{"not": "this"}'));
    const before = await drawCount(page);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.locator('header button', { hasText: 'Open' }).click()]);
    await chooser.setFiles(signed.path);
    await waitForDraw(page, before);
    const restored = await page.evaluate(() => {
      const app = document.querySelector('fg-app') as unknown as AppHandle;
      return { signOff: app.signOff, hash: app.runs.results?.scenario.hash };
    });
    expect(restored.signOff).toEqual({ ...SIGN_OFF, scenarioHash: results.scenario.hash });
    expect(restored.hash).toBe(results.scenario.hash);

    await openDialog();
    expect(await page.inputValue('fg-report-dialog #reviewer')).toBe(SIGN_OFF.reviewer);
    expect(await page.inputValue('fg-report-dialog #conditions')).toBe(SIGN_OFF.conditions);
    const again = await download(() => page.locator('fg-report-dialog button', { hasText: 'Download signed report' }).click());
    const kept = readReportPayload(again.text);
    expect(kept.ok && kept.payload.signOff).toEqual(restored.signOff);
    expect(parse(again.text).querySelector('.signoff')?.getAttribute('data-current')).toBe('true');

    // Edit the scenario (a smaller population): the old sign-off is kept, and flagged.
    const edited = await page.evaluate(() => {
      const app = document.querySelector('fg-app') as unknown as AppHandle;
      const s = JSON.parse(app.text) as { population: { size: number }; campaign: { budget: { people: number } }; history: { size: number } };
      s.population.size = 50_000;
      return JSON.stringify(s, null, 2);
    });
    const drawn = await drawCount(page);
    await page.evaluate((text) => (document.querySelector('fg-app') as unknown as AppHandle).setScenarioText(text, { runNow: true }), edited);
    await waitForDraw(page, drawn);
    await openDialog();
    await expect.poll(() => dialog().locator('p.warn').first().textContent()).toContain('the scenario changed since');
    await page.screenshot({ path: join(SCREENSHOTS, 'report-dialog-changed.png') });
    const stale = await download(() => page.locator('fg-report-dialog button', { hasText: 'Download signed report' }).click());
    const read = readReportPayload(stale.text);
    expect(read.ok && read.payload.signOff).toEqual(restored.signOff);
    const doc = parse(stale.text);
    expect(doc.querySelector('.signoff')?.getAttribute('data-current')).toBe('false');
    expect(doc.querySelector('.signoff')?.textContent).toContain('The scenario changed since it was signed.');
    expect(doc.querySelector('#signed-hash')?.textContent).toBe(results.scenario.hash);
    expect(doc.querySelector('#scenario-hash')?.textContent).not.toBe(results.scenario.hash);
  });
});
