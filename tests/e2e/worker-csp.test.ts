/**
 * The built app's engine workers are under the page's no-network policy: from inside a worker, a
 * fetch (to the app's own server and to another local server) fails and `new Function` throws. The
 * page loads without a single CSP violation (zod's eval probe is off).
 */
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Worker as PageWorker } from 'playwright-core';
import type { AppSession } from './browser';
import { openApp, waitForDraw } from './browser';

let session: AppSession;
let other: Server;
let otherOrigin = '';
let otherHits = 0;
const violations: string[] = [];

beforeAll(async () => {
  other = createServer((_req, res) => {
    otherHits++;
    res.writeHead(200, { 'access-control-allow-origin': '*' }).end('reached');
  });
  await new Promise<void>((ok) => other.listen(0, '127.0.0.1', ok));
  const address = other.address();
  otherOrigin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  session = await openApp();
  // Listen from the first script on: reload so the whole load is seen, workers included.
  session.page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  session.page.on('worker', (w) => w.on('console', (m) => violations.push(`worker: ${m.text()}`)));
  await session.context.addInitScript(() => {
    const seen: string[] = [];
    (globalThis as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI}`));
  });
  await session.page.reload();
  await waitForDraw(session.page, 0);
  violations.push(...(await session.page.evaluate(() => (globalThis as unknown as { cspViolations: string[] }).cspViolations)));
}, 120_000);

afterAll(async () => {
  await session?.close();
  await new Promise<void>((ok) => other?.close(() => ok()));
});

/** The coordinator and, once they have warmed up after the first run, its nested chunk workers. */
async function engineWorkers(): Promise<{ name: string; worker: PageWorker }[]> {
  const found = await Promise.all(session.page.workers().map(async (worker) => ({ name: await worker.evaluate(() => self.name), worker })));
  return found.filter((w) => w.name.startsWith('fairground-'));
}

describe('engine workers in the built app', () => {
  it('the coordinator and its nested chunk workers are running (the checks below reach every one)', async () => {
    await expect.poll(async () => (await engineWorkers()).map((w) => w.name).sort(), { timeout: 15_000 }).toEqual(
      expect.arrayContaining(['fairground-coordinator', 'fairground-engine']),
    );
  });

  it('the page loaded and ran the default scenario without any CSP violation report', () => {
    expect(violations).toEqual([]);
  });

  it('a fetch from inside an engine worker to the app\'s own server fails', async () => {
    const url = `${session.server.origin}/index.html`;
    for (const { name, worker } of await engineWorkers()) {
      const outcome = await worker.evaluate(async (u) => fetch(u).then((r) => `fetched ${r.status}`, (e: Error) => `failed: ${e.name}`), url);
      expect(outcome, name).toBe('failed: TypeError');
    }
  });

  it('a fetch from inside an engine worker to another local server fails and never reaches it', async () => {
    for (const { name, worker } of await engineWorkers()) {
      const outcome = await worker.evaluate(async (u) => fetch(u).then((r) => `fetched ${r.status}`, (e: Error) => `failed: ${e.name}`), `${otherOrigin}/`);
      expect(outcome, name).toBe('failed: TypeError');
    }
    expect(otherHits).toBe(0);
  });

  it('new Function inside an engine worker throws (no string evaluation)', async () => {
    // Deferred to a timer: DevTools lets code it evaluates directly bypass the eval check
    // (Runtime.evaluate's allowUnsafeEvalBlockedByCSP), but not what runs later in the worker.
    for (const { name, worker } of await engineWorkers()) {
      const outcome = await worker.evaluate(
        () =>
          new Promise<string>((resolve) =>
            setTimeout(() => {
              try {
                resolve(`ran: ${String(new Function('return 6 * 7')())}`);
              } catch (e) {
                resolve(`threw: ${(e as Error).name}`);
              }
            }, 0),
          ),
      );
      expect(outcome, name).toBe('threw: EvalError');
    }
  });
});
