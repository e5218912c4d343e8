/**
 * The built app in headless Chromium: default run and charts, edit → re-run, cancel, invalid
 * scenarios, untrusted labels, keyboard use, and no network. One browser session, in order;
 * screenshots of each state go to tests/e2e/screenshots/ (git-ignored).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { LocalRunner } from '../../src/core/engine/local-runner';
import { runScenario } from '../../src/core/engine/run';
import { resultsToJson } from '../../src/core/results/json';
import { mustParseScenario } from '../../src/core/scenario';
import type { AppSession } from './browser';
import { ROOT, SCREENSHOTS, deepCount, drawCount, focusedId, openApp, runStatus, shownPopulation, waitForDraw, showEditor as showEditorPanel } from './browser';

const DEFAULT_TEXT = `${JSON.stringify(JSON.parse(readFileSync(join(ROOT, 'scenarios/default.json'), 'utf8')), null, 2)}\n`;
const CHART_TAGS = ['fg-reach-share-chart', 'fg-disparity-chart', 'fg-intersection-chart', 'fg-policy-comparison-chart', 'fg-score-distribution-chart', 'fg-people-chart'];

let session: AppSession;
let page: Page;
const dialogs: string[] = [];

async function shot(name: string) {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

async function showEditor() {
  await showEditorPanel(page);
}

async function showJson() {
  await showEditor();
  const tab = page.locator('fg-scenario-editor .tabs button', { hasText: 'JSON' });
  if ((await tab.getAttribute('aria-pressed')) !== 'true') await tab.click();
}

/** Replaces the JSON view's text as one user edit (CodeMirror: there is no textarea to fill). */
async function typeJson(text: string) {
  await page.locator('fg-json-view').evaluate(async (v, t) => {
    const view = v as unknown as { editorReady: Promise<void>; typeText(text: string): void };
    await view.editorReady;
    view.typeText(t);
  }, text);
}

async function showForm() {
  await showEditor();
  await page.locator('fg-scenario-editor .tabs button', { hasText: 'Form' }).click();
}

async function reachSvg(): Promise<string> {
  return page.locator('fg-reach-share-chart svg').first().innerHTML();
}

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  session = await openApp();
  page = session.page;
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await waitForDraw(page, 0);
  // At 1280 px the editor starts hidden so the overview fits; these tests edit, so show it.
  await page.locator('header button', { hasText: 'Show editor' }).click();
});

afterAll(async () => {
  await session?.close();
});

describe('the built app', () => {
  it('opens on the default scenario, runs it and shows every chart and the findings', async () => {
    await expect.poll(() => shownPopulation(page)).toBe(100_000);
    await expect(page.locator('h1').textContent()).resolves.toBe('Warehouse supervisor job ad');
    for (const tag of CHART_TAGS) await expect(page.locator(`${tag} svg`).first().isVisible(), tag).resolves.toBe(true);
    // It opens on the policy that harms a group most, never on the baseline saying "fair".
    await expect(page.locator('#findings-title').textContent()).resolves.toContain('Rules: 25–44, career interest');
    await expect(page.locator('fg-overview tbody tr').count()).resolves.toBe(6);
    await shot('01-default');
  });

  it('moving a category weight slider re-runs and redraws the reach chart', async () => {
    const before = await reachSvg();
    const draws = await drawCount(page);
    await page.locator('input[type=range][aria-label="Weight of Women"]').evaluate((el: HTMLInputElement) => {
      el.value = '5';
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await waitForDraw(page, draws);
    expect(await reachSvg()).not.toBe(before);
    await shot('02-weight-changed');
  });

  it('Cancel stops a 1,000,000-person run and keeps the last results', async () => {
    const size = page.locator('fg-run-controls #size');
    await size.fill('1000000');
    await size.press('Enter');
    await expect.poll(() => page.locator('fg-run-controls .stale').isVisible()).toBe(true);
    await page.locator('fg-run-controls #run').click();
    await expect.poll(() => runStatus(page)).toBe('running');
    await page.waitForTimeout(300);
    await shot('03-million-running');
    await page.locator('fg-run-controls #cancel').click();
    await expect.poll(() => runStatus(page), { timeout: 5_000 }).toBe('cancelled');
    expect(await shownPopulation(page)).toBe(100_000);
    await shot('04-cancelled');
    // Back to 100,000: the results on screen are that scenario's, so nothing runs (issue 12).
    const runs = await page.evaluate(() => (document.querySelector('fg-app') as unknown as { runs: { runsStarted: number } }).runs.runsStarted);
    await size.fill('100000');
    await size.press('Enter');
    await expect.poll(() => runStatus(page)).toBe('done');
    await expect(page.locator('fg-run-controls .stale').isVisible()).resolves.toBe(false);
    expect(await page.evaluate(() => (document.querySelector('fg-app') as unknown as { runs: { runsStarted: number } }).runs.runsStarted)).toBe(runs);
  });

  it('a syntax error shows its line and column and keeps the last good results', async () => {
    await showJson();
    const broken = DEFAULT_TEXT.replace('"version": 1,', '"version": 1,,');
    await typeJson(broken);
    const issue = page.locator('fg-json-view button.issue').first();
    await expect(issue.textContent()).resolves.toMatch(/^\(root\): not valid JSON: .*\(line 4, column 16\)$/);
    await expect(page.locator('fg-dashboard .stale').isVisible()).resolves.toBe(true);
    expect(await shownPopulation(page)).toBe(100_000);
    expect(await page.locator('fg-reach-share-chart svg').count()).toBeGreaterThan(0);
    await shot('05-syntax-error');
  });

  it('a schema error lists path: message, selects the field when activated, and keeps the results', async () => {
    const bad = DEFAULT_TEXT.replace('"size": 100000', '"size": -5');
    await typeJson(bad);
    const issue = page.locator('fg-json-view button.issue', { hasText: 'population.size' });
    await expect(issue.textContent()).resolves.toBe('population.size: must be at least 1');
    await issue.focus();
    await page.keyboard.press('Enter');
    const selected = await page.locator('fg-json-view').evaluate((v) => (v as unknown as { selectedText: string }).selectedText);
    expect(selected).toBe('"size": -5');
    await expect(page.locator('fg-run-controls #run').isDisabled()).resolves.toBe(true);
    expect(await shownPopulation(page)).toBe(100_000);
    await shot('06-schema-error');
  });

  it('a label with HTML in it shows as text: no dialog, no img element', async () => {
    const draws = await drawCount(page);
    const hostile = '<img src=x onerror=alert(1)>';
    await typeJson(DEFAULT_TEXT.replace('"label": "Women"', `"label": "${hostile}"`));
    await waitForDraw(page, draws);
    await showForm();
    await expect(page.getByText(hostile, { exact: true }).filter({ visible: true }).first().isVisible()).resolves.toBe(true);
    expect(await deepCount(page, 'img')).toBe(0);
    expect(dialogs).toEqual([]);
    await shot('07-hostile-label');
  });

  it('keyboard only: the skip link, Tab and Enter reach Run and the policy selector', async () => {
    // A fresh page, so that Tab starts from the top of the document.
    await page.reload();
    // The autosaved scenario comes back with a toast that says so; Escape puts it away (it would
    // go by itself after 6 s) without moving focus.
    const toast = page.locator('fg-toast .toast');
    await expect(toast.textContent()).resolves.toContain('Restored your last scenario.');
    await waitForDraw(page, 0);
    await page.keyboard.press('Escape');
    await expect.poll(() => toast.count()).toBe(0);
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('skip');
    await page.keyboard.press('Enter');
    expect(await focusedId(page)).toBe('main');
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('run');
    const draws = await drawCount(page);
    await page.keyboard.press('Enter');
    await waitForDraw(page, draws);
    const seen: string[] = [];
    for (let i = 0; i < 12 && seen.at(-1) !== 'policy-select'; i++) {
      await page.keyboard.press('Tab');
      seen.push(await focusedId(page));
    }
    expect(seen.at(-1)).toBe('policy-select');
    await shot('08-keyboard-policy-focus');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.locator('#findings-title').textContent()).toContain('Propensity model');
    await shot('09-keyboard-policy-changed');
  });

  it('compares two policies side by side', async () => {
    await page.locator('#compare-select').selectOption('delivery');
    await expect.poll(() => page.locator('.pair fg-reach-share-chart').count()).toBe(2);
    await page.locator('.pair').first().scrollIntoViewIfNeeded();
    await shot('10-compare');
  });

  it('large text: the compare view, the comparison chart and the top of the page at 1280×800', async () => {
    await page.locator('header button', { hasText: 'Large text' }).click();
    await expect.poll(() => page.locator('fg-reach-share-chart[large]').count()).toBe(2);
    await page.locator('.pair').first().scrollIntoViewIfNeeded();
    await shot('11-large-text-compare');
    await page.locator('#comparison-x').scrollIntoViewIfNeeded();
    await page.locator('#comparison-x').selectOption('costPerConversion');
    await expect.poll(() => page.locator('fg-policy-comparison-chart svg').textContent()).toContain('Cost per expected conversion');
    await shot('12-large-text-comparison');
    await page.locator('#findings-title').scrollIntoViewIfNeeded();
    await page.locator('fg-scenario-editor').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shot('13-large-text-top');
    await page.locator('header button', { hasText: 'Large text' }).click();
    await expect.poll(() => page.locator('fg-reach-share-chart[large]').count()).toBe(0);
  });

  it('the form warns which references removing an attribute breaks, and Keep it leaves the scenario alone', async () => {
    // The reload above reopened the JSON tab the URL names; the form has the button.
    await showForm();
    const remove = page.locator('fg-scenario-editor button[aria-label="Remove attribute Gender"]');
    await remove.scrollIntoViewIfNeeded();
    await remove.click();
    const warning = page.locator('fg-scenario-editor .removal');
    await expect(warning.textContent()).resolves.toContain('policies[5].attribute: unknown attribute "gender"');
    await shot('14-remove-attribute-warning');
    await warning.locator('button', { hasText: 'Keep it' }).click();
    await expect.poll(() => warning.count()).toBe(0);
  });

  it('exports results JSON, metrics CSV, the per-person CSV and a chart as SVG', async () => {
    const download = async (open: () => Promise<void>) => {
      const [file] = await Promise.all([page.waitForEvent('download'), open()]);
      return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
    };
    const menu = async (label: string) => {
      await page.locator('header summary', { hasText: 'Export' }).click();
      await page.locator('header .menu-items button', { hasText: label }).click();
    };
    // The per-person file first: it is made asynchronously, and Chromium lets a page start only its
    // first download without a fresh click.
    const people = await download(() => menu('People of'));
    const lines = people.text.trim().split('\n');
    expect(lines).toHaveLength(100_001);
    expect(lines[0]).toContain('label_value');
    const results = await download(() => menu('Results (JSON)'));
    expect(results.name).toBe('warehouse-supervisor-job-ad-results.json');
    expect(JSON.parse(results.text)).toMatchObject({ format: 'fairground.results', populationSize: 100_000 });
    // Determinism across environments: the browser's results (Web Workers in Chromium) are byte for
    // byte the results of the same scenario run in this Node process, in-process.
    await showJson();
    const scenarioText = await page.locator('fg-json-view').evaluate((v) => (v as unknown as { text: string }).text);
    await showForm();
    const scenario = mustParseScenario(scenarioText);
    const { results: inNode } = await runScenario(scenario, new LocalRunner(scenario));
    expect(results.text === resultsToJson(inNode), 'browser and Node results.json differ').toBe(true);
    const metrics = await download(() => menu('Metrics (CSV)'));
    expect(metrics.text.split('\n')[0]).toBe('policy,policy_label,attribute,attribute_label,group,group_label,metric,value,low,high,verdict,raw_verdict,leaning,interval_kind,harm');
    const svg = await download(() => page.locator('fg-reach-share-chart button', { hasText: 'Export SVG' }).first().click());
    expect(svg.name.endsWith('.svg')).toBe(true);
    expect(svg.text).toContain('<svg');
  });

  it('round trip file → app → file: opening a preset and saving it gives back the same scenario', async () => {
    const file = join(ROOT, 'scenarios/consent-gap.json');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.locator('header button', { hasText: /^Open…$/ }).click()]);
    await chooser.setFiles(file);
    const original = mustParseScenario(readFileSync(file, 'utf8'));
    await expect.poll(() => page.locator('h1').textContent()).toBe(original.name);
    const [saved] = await Promise.all([page.waitForEvent('download'), page.locator('header button', { hasText: 'Save' }).click()]);
    const text = readFileSync((await saved.path())!, 'utf8');
    expect(mustParseScenario(text)).toEqual(original);
  });

  it('makes no request outside its own origin, and its CSP forbids connections', async () => {
    // Downloads are made from in-page blob: URLs of the same origin; nothing else is allowed.
    const own = [`${session.server.origin}/`, `blob:${session.server.origin}/`];
    const foreign = session.requests.filter((url) => !own.some((prefix) => url.startsWith(prefix)));
    expect(foreign).toEqual([]);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("connect-src 'none'");
    expect(csp).toContain("default-src 'self'");
  });
});
