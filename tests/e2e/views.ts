/**
 * Helpers for the first-screen tests: a fresh Chromium profile at a given viewport and URL, axe-core
 * injected into the page, and measurements taken inside the page (through shadow roots).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';
import { ROOT, ensureBuilt, waitForDraw } from './browser';
import { chromiumPath } from './chromium';
import { serveDirectory } from './static-server';
import type { StaticServer } from './static-server';

export const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface Fresh {
  page: Page;
  context: BrowserContext;
  close(): Promise<void>;
}

/** A fresh profile (no autosave, no clipboard history) opened at `url`. */
export async function openFresh(url: string, viewport: { width: number; height: number }): Promise<Fresh> {
  const profile = mkdtempSync(join(tmpdir(), 'fairground-e2e-view-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath(), headless: true, viewport, args: FLAGS });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  return {
    page, context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function serveBuilt(): Promise<StaticServer> {
  ensureBuilt();
  return serveDirectory(join(ROOT, 'dist'));
}

/** Waits for the first run's charts, then until every chart is drawn at its container's width. */
export async function waitForCharts(page: Page): Promise<void> {
  await waitForDraw(page, 0);
  await page.waitForFunction(() => {
    const charts: Element[] = [];
    const visit = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.tagName.toLowerCase().endsWith('-chart')) charts.push(el);
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    visit(document);
    return charts.length > 0 && charts.every((c) => {
      const svg = c.shadowRoot?.querySelector('svg');
      const box = (c as HTMLElement).getBoundingClientRect();
      return svg && Math.abs(Number(svg.getAttribute('width')) - Math.floor(box.width)) <= 1;
    });
  }, undefined, { timeout: 30_000, polling: 100 });
}

const AXE_SOURCE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  help: string;
  nodes: string[];
}

/** Runs axe-core (WCAG 2 A/AA rules and best practices) on the whole page, shadow roots included. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, so the page's CSP (no inline scripts) does not apply.
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)) }));
  });
}

/** Every SVG text of every chart on screen: its font size in CSS pixels as drawn, and its box. */
export function chartTexts(page: Page): Promise<{ chart: string; cls: string; text: string; px: number; box: { x: number; y: number; w: number; h: number } }[]> {
  return page.evaluate(() => {
    const out: { chart: string; cls: string; text: string; px: number; box: { x: number; y: number; w: number; h: number } }[] = [];
    const visit = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) visit(el.shadowRoot);
        if (!el.tagName.toLowerCase().endsWith('-chart')) continue;
        const svg = el.shadowRoot?.querySelector('svg');
        if (!svg || svg.getBoundingClientRect().width === 0) continue;
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        for (const t of svg.querySelectorAll('text')) {
          if (!t.textContent?.trim()) continue;
          const r = t.getBoundingClientRect();
          out.push({
            chart: el.tagName.toLowerCase(), cls: t.getAttribute('class') ?? '', text: t.textContent,
            px: parseFloat(getComputedStyle(t).fontSize) * scale, box: { x: r.x, y: r.y, w: r.width, h: r.height },
          });
        }
      }
    };
    visit(document);
    return out;
  });
}

/** The bounding box of the first element matching `selector`, looking inside shadow roots. */
export function deepBox(page: Page, selector: string): Promise<{ top: number; bottom: number; left: number; right: number; height: number } | null> {
  return page.evaluate((sel) => {
    const find = (root: Document | ShadowRoot): Element | null => {
      const hit = root.querySelector(sel);
      if (hit) return hit;
      for (const el of root.querySelectorAll('*')) {
        const inner = el.shadowRoot && find(el.shadowRoot);
        if (inner) return inner;
      }
      return null;
    };
    const el = find(document);
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: r.height };
  }, selector);
}
