/**
 * Browser benchmark: edit → redrawn charts at 100,000 people in the built app (docs/architecture.md §7 target
 * ≤ 250 ms). Run with `npx tsx tests/e2e/redraw.bench.ts [edits]`. Prints, per edit, the time from
 * the edit to the redrawn charts (including the debounce that batches slider drags, `DEBOUNCE_MS` in src/ui/run/run-controller.ts), from
 * the run's start to the redrawn charts, and the engine's own stage timings. Not a test: nothing
 * is asserted.
 */
import { openApp, waitForDraw, drawCount } from './browser';

const edits = Number(process.argv[2] ?? 6);
const session = await openApp();
const { page } = session;
try {
  await waitForDraw(page, 0, 120_000);
  // One warm-up edit: workers are started and the population generated.
  const rows: { editToDraw: number; runToDraw: number; timings: unknown }[] = [];
  for (let i = 0; i <= edits; i++) {
    const before = await drawCount(page);
    await page.locator('input[type=range][aria-label="Weight of Women"]').evaluate((el: HTMLInputElement, w) => {
      el.value = String(w);
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, i % 2 ? 40 : 45); // every edit changes the value (the default is 50: setting it again runs nothing)
    await waitForDraw(page, before, 120_000);
    // No helper functions inside evaluate: tsx would wrap them in a `__name` call the page lacks.
    const m = await page.evaluate(() => {
      const [drawn, edit, start] = ['fg:charts-drawn', 'fg:edit', 'fg:run-start'].map((n) => performance.getEntriesByName(n).at(-1)!.startTime);
      const app = document.querySelector('fg-app') as unknown as { runs: { timings: unknown } };
      return { editToDraw: drawn! - edit!, runToDraw: drawn! - start!, timings: app.runs.timings };
    });
    if (i > 0) rows.push(m);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const engineMs = (r: (typeof rows)[number]) => (r.timings as { total?: number } | undefined)?.total ?? NaN;
  for (const r of rows)
    console.log(`edit→draw ${r.editToDraw.toFixed(0)} ms   run→draw ${r.runToDraw.toFixed(0)} ms   engine ${engineMs(r).toFixed(0)} ms   ${JSON.stringify(r.timings)}`);
  console.log(
    `median over ${rows.length} edits at 100,000 people: edit→draw ${median(rows.map((r) => r.editToDraw)).toFixed(0)} ms (incl. the debounce), ` +
      `run→draw ${median(rows.map((r) => r.runToDraw)).toFixed(0)} ms, engine ${median(rows.map(engineMs)).toFixed(0)} ms, of which outside the engine (transfer + charts) ${median(rows.map((r) => r.runToDraw - engineMs(r))).toFixed(0)} ms`,
  );
} finally {
  await session.close();
}
