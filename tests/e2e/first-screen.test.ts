/**
 * The first screen in Chromium where Fairground is used: a desk (1920×1080, 1280×800), a projector
 * (1280×720 in Large text) and a phone (390×844). The overview of every policy is on screen without
 * scrolling, chart text is at least 12 CSS px, tick labels never overlap; a share link restores the
 * view in a fresh profile; axe-core finds no violations; the keyboard reaches Run and the policy
 * selector in a few Tab stops. Refreshes the screenshots in docs/img.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { StaticServer } from './static-server';
import { ROOT, focusedId } from './browser';
import type { Fresh } from './views';
import { PRESET_IDS } from '../../src/core/presets';
import { axeViolations, chartTexts, deepBox, openFresh, serveBuilt, waitForCharts } from './views';

const IMG = join(ROOT, 'docs/img');
const SCREENS = [
  { name: 'desk', width: 1920, height: 1080, large: false },
  { name: 'laptop', width: 1280, height: 800, large: false },
  { name: 'projector', width: 1280, height: 720, large: true },
  { name: 'phone', width: 390, height: 844, large: false },
] as const;

let server: StaticServer;

/** Pairs of tick labels of one chart whose boxes overlap (charts drawn twice side by side are told apart by position). */
function overlappingTicks(ticks: Awaited<ReturnType<typeof chartTexts>>): string[] {
  const overlaps: string[] = [];
  for (let i = 0; i < ticks.length; i++) {
    for (let j = i + 1; j < ticks.length; j++) {
      const a = ticks[i]!;
      const b = ticks[j]!;
      if (a.chart !== b.chart) continue;
      const apart = a.box.x + a.box.w <= b.box.x || b.box.x + b.box.w <= a.box.x || a.box.y + a.box.h <= b.box.y || b.box.y + b.box.h <= a.box.y;
      if (!apart) overlaps.push(`${a.chart}: "${a.text}" and "${b.text}"`);
    }
  }
  return overlaps;
}
const open: Fresh[] = [];

async function fresh(hash: string, viewport: { width: number; height: number }): Promise<Page> {
  const session = await openFresh(`${server.origin}/${hash}`, viewport);
  open.push(session);
  await waitForCharts(session.page);
  return session.page;
}

beforeAll(async () => {
  server = await serveBuilt();
});

afterAll(async () => {
  for (const s of open) await s.close();
  await server?.close();
});

describe.each(SCREENS)('the first screen at $width×$height ($name)', (screen) => {
  let page: Page;
  beforeAll(async () => {
    page = await fresh(screen.large ? '#large=1' : '', screen);
  });

  it('opens on the overview of every policy, not on the baseline saying "fair"', async () => {
    const headline = await page.locator('fg-overview .headline').textContent();
    expect(headline).toMatch(/leaves out|reaches no one/);
    await expect(page.locator('fg-overview tbody tr').count()).resolves.toBe(6);
    await expect(page.locator('#findings-title').textContent()).resolves.not.toContain('Random (baseline)');
  });

  if (screen.name === 'laptop' || screen.name === 'projector') {
    it('shows every policy row of the overview without scrolling', async () => {
      const rows = await page.locator('fg-overview tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getBoundingClientRect().bottom));
      expect(rows).toHaveLength(6);
      for (const bottom of rows) expect(bottom).toBeLessThanOrEqual(screen.height);
      expect(await page.evaluate(() => document.scrollingElement!.scrollTop)).toBe(0);
    });
  }

  if (screen.name === 'phone') {
    it('gives the results at least half of the first screen; the editor waits in a drawer', async () => {
      const dashboard = await deepBox(page, 'fg-dashboard');
      expect(dashboard).not.toBeNull();
      const visible = screen.height - Math.max(0, dashboard!.top);
      expect(visible / screen.height).toBeGreaterThanOrEqual(0.5);
      await expect(page.locator('#side-panel').isVisible()).resolves.toBe(false);
      const header = await deepBox(page, 'header');
      expect(header!.height).toBeLessThan(130);
      // Every header action is on screen (none cut off at the right edge).
      const actions = await page.locator('header .actions > *').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right));
      for (const right of actions) expect(right).toBeLessThanOrEqual(screen.width);
      await page.locator('header button', { hasText: 'Show editor' }).click();
      await expect(page.locator('#side-panel').isVisible()).resolves.toBe(true);
      expect(await axeViolations(page)).toEqual([]);
      await page.locator('#side-panel .drawer-close').click();
      await expect(page.locator('#side-panel').isVisible()).resolves.toBe(false);
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  it('draws chart text at 12 CSS px or more, larger in Large text', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    const texts = await chartTexts(page);
    expect(texts.length).toBeGreaterThan(50);
    const small = texts.filter((t) => t.px < 12 - 0.01);
    expect(small.map((t) => `${t.chart} ${t.cls} "${t.text}" ${t.px.toFixed(1)}px`)).toEqual([]);
    if (screen.large) expect(Math.min(...texts.map((t) => t.px))).toBeGreaterThanOrEqual(16);
  });

  it('never lets two tick labels of a chart overlap', async () => {
    const ticks = (await chartTexts(page)).filter((t) => t.cls === 'tick-label');
    expect(ticks.length).toBeGreaterThan(10);
    expect(overlappingTicks(ticks)).toEqual([]);
  });

  it('refreshes its screenshot in docs/img', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    if (screen.name !== 'laptop') await page.screenshot({ path: join(IMG, `first-screen-${screen.name}.png`) });
    else await page.screenshot({ path: join(IMG, 'first-screen-default.png') });
  });
});

describe('a preset story shared by link', () => {
  let page: Page;
  let link: string;

  beforeAll(async () => {
    page = await fresh('', { width: 1280, height: 800 });
  });

  it('opens a preset from the library as steps with Next and Back', async () => {
    await page.locator('header button', { hasText: 'Show editor' }).click();
    await page.locator('.panel-switch button', { hasText: 'Scenario library' }).click();
    const before = await page.evaluate(() => performance.getEntriesByName('fg:charts-drawn').length);
    await page.locator('fg-gallery button.open[data-id="job-ad-delivery"]').click();
    await page.waitForFunction((n) => performance.getEntriesByName('fg:charts-drawn').length > n, before);
    await expect(page.locator('fg-story #story-count').textContent()).resolves.toMatch(/step 1 of \d/);
    await page.locator('fg-story button', { hasText: 'Next' }).click();
    await expect.poll(() => page.locator('fg-story #story-title').textContent()).toBe('What to look at');
    // The step sets the dashboard: the harmful policy beside the random baseline.
    await expect.poll(() => page.locator('#compare-select').inputValue()).toBe('random');
    await expect(page.locator('#policy-select').inputValue()).resolves.toBe('delivery');
    await page.locator('#attribute-select').selectOption('gender');
    // The comparison view: every per-policy chart twice, side by side, still ≥ 12 px and no colliding ticks.
    await expect.poll(() => page.locator('.pair fg-reach-share-chart').count()).toBe(2);
    const texts = await chartTexts(page);
    expect(texts.filter((t) => t.px < 12 - 0.01).map((t) => `${t.chart} "${t.text}"`)).toEqual([]);
    expect(overlappingTicks(texts.filter((t) => t.cls === 'tick-label'))).toEqual([]);
    await page.locator('header button', { hasText: 'Large text' }).click();
    await page.locator('fg-story').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(IMG, 'first-screen-story.png') });
  });

  it('axe-core finds no violations in the library with a story open, in Large text', async () => {
    await page.locator('header button', { hasText: 'Show editor' }).click();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('a share link opened in a fresh profile restores the scenario, preset, step, policy, comparison, attribute and Large text', async () => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    await page.locator('header button', { hasText: 'Share link' }).click();
    await expect.poll(() => page.locator('fg-toast .toast').textContent()).toContain('Link copied');
    // The copied link carries the whole scenario (s=…) and the view.
    link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toContain('#s=');
    expect(link).toContain('preset=job-ad-delivery&step=1');
    // The address bar names the unedited preset instead: a shorter link to the same view.
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#preset=job-ad-delivery&step=1&/);
    const other = await fresh(link.slice(link.indexOf('#')), { width: 1280, height: 800 });
    await expect(other.locator('h1').textContent()).resolves.toBe(await page.locator('h1').textContent());
    await expect(other.locator('fg-story #story-title').textContent()).resolves.toBe('What to look at');
    await expect(other.locator('fg-story #story-count').textContent()).resolves.toBe(await page.locator('fg-story #story-count').textContent());
    await expect(other.locator('#policy-select').inputValue()).resolves.toBe('delivery');
    await expect(other.locator('#compare-select').inputValue()).resolves.toBe('random');
    await expect(other.locator('#attribute-select').inputValue()).resolves.toBe('gender');
    await expect(other.locator('fg-app').getAttribute('large')).resolves.not.toBeNull();
    // The library recognises the unedited preset: it is marked current.
    await expect(other.locator('fg-gallery li.current button.open').textContent()).resolves.toContain('Job ad');
    const population = (p: Page) => p.evaluate(() => (document.querySelector('fg-app') as unknown as { runs: { results?: { policies: { totals: { reached: number; cost: number } }[] } } }).runs.results?.policies.map((x) => x.totals));
    expect(await population(other)).toEqual(await population(page));
  });
});

describe('every preset at 1280×800', () => {
  it('keeps chart text at 12 px or more, inside its chart, with no colliding ticks', async () => {
    const page = await fresh('', { width: 1280, height: 800 });
    for (const id of PRESET_IDS) {
      await page.goto(`${server.origin}/#preset=${id}`);
      await page.reload();
      // A preset above the interactive budget (a market with learners) waits for Run, as a user would press it.
      await page.waitForFunction(() => {
        const runs = (document.querySelector('fg-app') as unknown as { runs?: { status: string; awaiting?: unknown } }).runs;
        return runs !== undefined && (runs.status === 'done' || runs.awaiting !== undefined);
      }, undefined, { timeout: 60_000 });
      if (await page.evaluate(() => (document.querySelector('fg-app') as unknown as { runs: { awaiting?: unknown } }).runs.awaiting !== undefined))
        await page.getByRole('button', { name: 'Run', exact: true }).first().click();
      await waitForCharts(page);
      const texts = await chartTexts(page);
      expect(texts.filter((t) => t.px < 12 - 0.01).map((t) => `${id} ${t.chart} "${t.text}"`)).toEqual([]);
      expect(overlappingTicks(texts.filter((t) => t.cls === 'tick-label')).map((o) => `${id} ${o}`)).toEqual([]);
      const clipped = await page.evaluate(() => {
        const out: string[] = [];
        const visit = (root: Document | ShadowRoot) => {
          for (const el of root.querySelectorAll('*')) {
            if (el.shadowRoot) visit(el.shadowRoot);
            const svg = el.tagName.toLowerCase().endsWith('-chart') ? el.shadowRoot?.querySelector('svg') : null;
            if (!svg) continue;
            const frame = svg.getBoundingClientRect();
            for (const t of svg.querySelectorAll('text')) {
              const r = t.getBoundingClientRect();
              if (r.width && (r.left < frame.left - 1 || r.right > frame.right + 1)) out.push(`${el.tagName.toLowerCase()} "${t.textContent}"`);
            }
          }
        };
        visit(document);
        return out;
      });
      expect(clipped.map((c) => `${id} ${c}`)).toEqual([]);
    }
  });
});

describe('accessibility and the keyboard', () => {
  let page: Page;
  beforeAll(async () => {
    page = await fresh('', { width: 1280, height: 800 });
  });

  it('axe-core finds no violations on the overview', async () => {
    expect(await axeViolations(page)).toEqual([]);
  });

  it('reaches Run and the policy selector within a few Tab stops', async () => {
    const seen: string[] = [];
    for (let i = 0; i < 20 && seen.at(-1) !== 'policy-select'; i++) {
      await page.keyboard.press('Tab');
      seen.push(await focusedId(page));
    }
    expect(seen.indexOf('run') + 1).toBeGreaterThan(0);
    // The skip control and the header's actions come first (h16's Audit report is one of them).
    expect(seen.indexOf('run') + 1).toBeLessThanOrEqual(10);
    expect(seen.length).toBeLessThanOrEqual(16);
    expect(seen.at(-1)).toBe('policy-select');
  });

  it('Escape closes the Export menu and gives focus back to it', async () => {
    const menu = page.locator('header details.menu');
    await menu.locator('summary').click();
    await expect(menu.getAttribute('open')).resolves.not.toBeNull();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    await expect(menu.getAttribute('open')).resolves.toBeNull();
  });

  it('axe-core finds no violations in the JSON view and in Large text', async () => {
    await page.locator('header button', { hasText: 'Show editor' }).click();
    await page.locator('fg-scenario-editor .tabs button', { hasText: 'JSON' }).click();
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('header button', { hasText: 'Large text' }).click();
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('the built files opened from disk', () => {
  it('say in the page how to serve them', async () => {
    const session = await openFresh(pathToFileURL(join(ROOT, 'dist/index.html')).href, { width: 1280, height: 800 });
    open.push(session);
    const hint = session.page.locator('#boot .hint');
    await expect.poll(() => hint.isVisible(), { timeout: 10_000 }).toBe(true);
    await expect(hint.textContent()).resolves.toContain('http.server');
  });
});
