/**
 * `npm run bench [-- --sizes 100k,1m,10m --workers 1,2]`: the default scenario at each size on
 * Node worker threads, timed by stage, with peak memory. Each (size, workers) case runs in its own
 * child process so memory figures do not mix. Prints a markdown table for the README.
 *
 * Columns: start = spawning the workers and loading the worker module (the bundled worker from
 * dist-cli/, as the CLI ships it: `npm run bench` builds it and sets FAIRGROUND_NODE_WORKER);
 * first run = the first `runScenario` in fresh workers (JIT warm-up included); then five
 * warm runs (one at 10M), each after an edit that regenerates the population, as in the app:
 * generate … metrics and run (warm) are those of the median warm run (`policies` = fit, score and
 * select of all six policies; `history` = eligibility and the past campaign);
 * B/person = growth of the process's resident memory over the run divided by the population;
 * peak RSS = largest resident set size sampled every 25 ms (workers are threads of this process).
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { runScenario } from '../../src/core/engine/run';
import type { RunTimings } from '../../src/core/engine/run';
import { mustParseScenario } from '../../src/core/scenario';
import { spawnNodeWorker } from '../../workers/spawn-node';
import { WorkerRunner } from '../../workers/worker-runner';

interface CaseResult {
  size: number;
  workers: number;
  startMs: number;
  /** The first run in fresh workers (includes JIT warm-up). */
  coldMs: number;
  /** Median of the warm runs that follow, each after an edit that regenerates the population. */
  runMs: number;
  timings: RunTimings;
  bytesPerPerson: number;
  peakRss: number;
}

const here = fileURLToPath(import.meta.url);

function scenarioOf(size: number, edit = 0) {
  const doc = JSON.parse(readFileSync(new URL('../../scenarios/default.json', import.meta.url), 'utf8')) as {
    population: { size: number };
    history: { size: number };
    campaign: { budget: { people?: number; share?: number } };
  };
  // History and budget keep their share of the population (20% and 10% in the default scenario).
  const scale = size / doc.population.size;
  doc.population.size = size;
  doc.history.size = Math.round(doc.history.size * scale);
  // A share budget keeps its share by itself; a people budget is scaled.
  const budget = doc.campaign.budget;
  if (budget.people !== undefined) budget.people = Math.round(budget.people * scale);
  // An edit as a user makes one in the app: move the first category's weight, so the population
  // is generated again (nothing can be reused) while the workers and their compiled code stay warm.
  (doc as unknown as { population: { attributes: { weights: number[] }[] } }).population.attributes[0]!.weights[0]! += edit;
  return mustParseScenario(doc);
}

async function runCase(size: number, workers: number): Promise<CaseResult> {
  const scenario = scenarioOf(size);
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 25);
  const runner = new WorkerRunner(spawnNodeWorker, workers);
  try {
    const t0 = performance.now();
    await runner.load(scenario, 'bench warm-up');
    const startMs = performance.now() - t0;
    const before = process.memoryUsage().rss;
    const t1 = performance.now();
    await runScenario(scenario, runner, { clock: () => performance.now() });
    const coldMs = performance.now() - t1;
    // Warm runs: fewer at 10M, where each takes seconds.
    const warm: { runMs: number; timings: RunTimings }[] = [];
    for (let i = 1; i <= (size >= 5_000_000 ? 1 : 5); i++) {
      const edited = scenarioOf(size, i);
      const t2 = performance.now();
      const { timings } = await runScenario(edited, runner, { clock: () => performance.now() });
      warm.push({ runMs: performance.now() - t2, timings });
    }
    warm.sort((a, b) => a.runMs - b.runMs);
    const { runMs, timings } = warm[Math.floor((warm.length - 1) / 2)]!;
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    const bytesPerPerson = (peakRss - before) / size;
    return { size, workers, startMs, coldMs, runMs, timings, bytesPerPerson, peakRss };
  } finally {
    clearInterval(sampler);
    runner.terminate();
  }
}

function parseSize(text: string): number {
  const m = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(text.trim());
  if (!m) throw new Error(`bad size "${text}" (use e.g. 100k, 1m, 250000)`);
  const unit = { '': 1, k: 1e3, m: 1e6 }[m[2]!.toLowerCase() as '' | 'k' | 'm'];
  return Math.round(Number(m[1]) * unit);
}

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

const ms = (v: number) => (v >= 10_000 ? `${(v / 1000).toFixed(1)} s` : `${Math.round(v)} ms`);
const mb = (v: number) => `${Math.round(v / 2 ** 20)} MB`;

function row(r: CaseResult): string {
  const t = r.timings;
  const cells = [
    r.size.toLocaleString('en'),
    String(r.workers),
    ms(r.startMs),
    ms(r.coldMs),
    ms(t.generate),
    ms(t.eligibility + t.history),
    ms(t.policies),
    ms(t.metrics),
    `**${ms(r.runMs)}**`,
    Math.round(r.bytesPerPerson).toString(),
    mb(r.peakRss),
  ];
  return `| ${cells.join(' | ')} |`;
}

async function main(): Promise<void> {
  const one = process.argv.indexOf('--case');
  if (one >= 0) {
    const [size, workers] = (process.argv[one + 1] ?? '').split(':').map(Number);
    process.stdout.write(JSON.stringify(await runCase(size!, workers!)) + '\n');
    return;
  }
  const sizes = option('--sizes', '100k,1m,10m').split(',').map(parseSize);
  const workerCounts = option('--workers', '1,2').split(',').map(Number);
  const exec = promisify(execFile);
  console.log('| people | workers | start | first run | generate | history | policies | metrics | run (warm) | B/person | peak RSS |');
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  const cases: CaseResult[] = [];
  for (const size of sizes)
    for (const workers of workerCounts) {
      const { stdout } = await exec(process.execPath, [...process.execArgv, here, '--case', `${size}:${workers}`], {
        maxBuffer: 1 << 20,
        env: process.env,
      });
      const result = JSON.parse(stdout.trim().split('\n').pop()!) as CaseResult;
      cases.push(result);
      console.log(row(result));
    }
  // Each policy's share of the policies stage (fit, score, select), from the same median warm runs.
  const ids = Object.keys(cases[0]?.timings.perPolicy ?? {});
  console.log(`\n| people | workers | ${ids.join(' | ')} |`);
  console.log(`|---:|---:|${ids.map(() => '---:').join('|')}|`);
  for (const c of cases)
    console.log(`| ${c.size.toLocaleString('en')} | ${c.workers} | ${ids.map((id) => ms(c.timings.perPolicy[id] ?? 0)).join(' | ')} |`);
}

await main();
