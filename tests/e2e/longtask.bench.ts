/**
 * Browser benchmark: does the page thread stay free during a 1,000,000-person run? In the built
 * app in Chromium, a PerformanceObserver collects every `longtask` (> 50 ms) from the moment Run
 * is pressed until the run is done (the charts' redraw after the run is reported separately), and
 * an input probe clicks a neutral spot every 100 ms during the run, measuring each click's input
 * delay (handler start − event timestamp) and a 20 ms timer's lateness. Run with
 * `npx tsx tests/e2e/longtask.bench.ts [size] [runs] [history]` (default 1,000,000, 3 and the
 * scenario's own history; run r has size − r people, so every run generates afresh; a large
 * `history` gives the models that many training rows). Long animation frames (duration and blocking time) are
 * reported beside the long tasks. Not a test:
 * nothing is asserted.
 */
import { openApp, waitForDraw, drawCount, runStatus } from './browser';

const size = Number(process.argv[2] ?? 1_000_000);
const runs = Number(process.argv[3] ?? 3);
const history = process.argv[4] === undefined ? undefined : Number(process.argv[4]);
const session = await openApp();
const { page } = session;
try {
  await waitForDraw(page, 0, 120_000);
  for (let r = 0; r < runs; r++) {
    // No helper functions inside evaluate: tsx would wrap them in a `__name` call the page lacks.
    await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      const tasks: { start: number; duration: number }[] = [];
      const delays: number[] = [];
      const lateness: number[] = [];
      w.__probe = { tasks, delays, lateness };
      const frames: { start: number; duration: number; blocking: number }[] = [];
      w.__frames = frames;
      const observer = new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          if (e.entryType === 'longtask') tasks.push({ start: e.startTime, duration: e.duration });
          else frames.push({ start: e.startTime, duration: e.duration, blocking: (e as unknown as { blockingDuration: number }).blockingDuration });
        }
      });
      observer.observe({ type: 'longtask' });
      observer.observe({ type: 'long-animation-frame' });
      w.__observer = observer;
      document.addEventListener('pointerdown', (e) => delays.push(performance.now() - e.timeStamp), { capture: true });
      let last = performance.now();
      w.__timer = setInterval(() => {
        const now = performance.now();
        lateness.push(now - last - 20);
        last = now;
      }, 20);
    });
    const before = await drawCount(page);
    // A new size each run (1,000,000, 999,999, …): every run generates its people afresh.
    await page.evaluate(
      ([people, past]) => {
        type App = {
          text: string;
          check: { scenario?: unknown };
          setScenarioText(text: string, options: { runNow: boolean }): void;
          runs: { run(scenario: unknown, options: { confirmed: boolean }): Promise<void> };
        };
        const app = document.querySelector('fg-app') as unknown as App;
        const doc = JSON.parse(app.text) as { population: { size: number }; history: { size: number } };
        doc.population.size = people;
        if (past !== null) doc.history.size = past;
        // A run this large waits for the user's confirmation in the app; the bench confirms it,
        // as pressing "Run anyway" does.
        app.setScenarioText(JSON.stringify(doc, null, 2), { runNow: false });
        void app.runs.run(app.check.scenario, { confirmed: true });
      },
      [size - r, history ?? null] as const,
    );
    const started = Date.now();
    // Clicks on the page title (nothing happens) until the run is done.
    while ((await runStatus(page)) === 'running' && Date.now() - started < 120_000) {
      await page.mouse.click(5, 5);
      await page.waitForTimeout(100);
    }
    await waitForDraw(page, before, 120_000);
    const m = await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      (w.__observer as PerformanceObserver).disconnect();
      clearInterval(w.__timer as number);
      const probe = w.__probe as { tasks: { start: number; duration: number }[]; delays: number[]; lateness: number[] };
      const start = performance.getEntriesByName('fg:run-start').at(-1)!.startTime;
      const drawn = performance.getEntriesByName('fg:charts-drawn').at(-1)!.startTime;
      const app = document.querySelector('fg-app') as unknown as { runs: { timings?: { total?: number }; results?: { populationSize: number } } };
      return { start, drawn, engine: app.runs.timings?.total ?? NaN, people: app.runs.results?.populationSize ?? 0, frames: w.__frames as { start: number; duration: number; blocking: number }[], ...probe };
    });
    // A task that starts before the run's results arrive belongs to the run; the rest is the redraw.
    const resultsAt = m.drawn - 1;
    const during = m.tasks.filter((t) => t.start >= m.start && t.start + t.duration < resultsAt - 200);
    const after = m.tasks.filter((t) => !during.includes(t) && t.start >= m.start);
    const max = (xs: number[]) => (xs.length ? Math.max(...xs) : 0);
    console.log(
      `run ${r + 1}: ${m.people.toLocaleString('en')} people, run→draw ${(m.drawn - m.start).toFixed(0)} ms (engine ${m.engine.toFixed(0)} ms); ` +
        `long tasks during the run ${during.length} (longest ${max(during.map((t) => t.duration)).toFixed(0)} ms), ` +
        `around the redraw ${after.length} (longest ${max(after.map((t) => t.duration)).toFixed(0)} ms); ` +
        `long animation frames ${m.frames.filter((f) => f.start >= m.start).length} (longest ${max(m.frames.filter((f) => f.start >= m.start).map((f) => f.duration)).toFixed(0)} ms, most blocking ${max(m.frames.filter((f) => f.start >= m.start).map((f) => f.blocking)).toFixed(0)} ms); ` +
        `input delay over ${m.delays.length} clicks max ${max(m.delays).toFixed(0)} ms; 20 ms timer late by at most ${max(m.lateness).toFixed(0)} ms`,
    );
  }
} finally {
  await session.close();
}
