/**
 * `npm run bench:market [-- --size 1000000 --workers 2 --pairs 5]`: the CLI (`fairground run`,
 * the bundled dist-cli, whole process) on the default scenario at `size` people, single-round and
 * with a market section of 7 rounds and two competitors (a retailer bidding for women, an insurer
 * with a daily budget bidding for older people), in interleaved pairs. Prints the median wall time
 * of each and their ratio as a markdown row for the README. The target: the market run at
 * most 3× the single-round run. Time it on a quiet machine: with other work on the cores the
 * figures are noise. `--write DIR` only writes the two scenario files (e.g. for
 * /work/shared/bench/timepair.py, which also reports CPU time).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]?.replace(/_/g, '')) : fallback;
}

const size = option('size', 1_000_000);
const workers = option('workers', 2);
const pairs = option('pairs', 5);

export const BENCH_MARKET = {
  rounds: 7,
  sessions: { kind: 'poisson', mean: 2 },
  competitors: [
    { id: 'retailer', bid: 1.5, multipliers: { gender: { f: 2 } }, noise: 0.3 },
    { id: 'insurer', bid: 1.2, multipliers: { age: { '55+': 2 } }, noise: 0.3, dailyBudget: size * 0.2 },
  ],
  campaign: { dailyBudget: size * 0.05, objective: 'clicks', frequencyCap: 3 },
};

function scenarioDoc(market: boolean): Record<string, unknown> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a JSON document edited in place
  const doc = JSON.parse(readFileSync(new URL('../../scenarios/default.json', import.meta.url), 'utf8')) as Record<string, any>;
  const scale = size / doc.population.size;
  doc.population.size = size;
  doc.history.size = Math.round(doc.history.size * scale);
  if (doc.campaign.budget.people !== undefined) doc.campaign.budget.people = Math.round(doc.campaign.budget.people * scale);
  if (market) doc.market = BENCH_MARKET;
  return doc;
}

const root = fileURLToPath(new URL('../../', import.meta.url));

function writeScenarios(dir: string): { single: string; market: string } {
  const files = { single: join(dir, 'single.json'), market: join(dir, 'market.json') };
  writeFileSync(files.single, JSON.stringify(scenarioDoc(false)));
  writeFileSync(files.market, JSON.stringify(scenarioDoc(true)));
  return files;
}

function timePairs(dir: string): void {
  const files = writeScenarios(dir);
  const time = (file: string) => {
    const t = performance.now();
    execFileSync(process.execPath, [join(root, 'dist-cli/fairground.mjs'), 'run', file, '--workers', String(workers), '--out', join(dir, 'out')], { stdio: 'pipe' });
    return performance.now() - t;
  };
  const single: number[] = [];
  const market: number[] = [];
  for (let i = 0; i < pairs; i++) {
    single.push(time(files.single));
    market.push(time(files.market));
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] as number;
  const s = median(single);
  const m = median(market);
  console.log('| people | workers | single round | 7 rounds, 2 competitors | ratio |');
  console.log('|---:|---:|---:|---:|---:|');
  console.log(`| ${size.toLocaleString('en')} | ${workers} | ${(s / 1000).toFixed(2)} s | ${(m / 1000).toFixed(2)} s | **${(m / s).toFixed(2)}×** |`);
}

// `--write DIR`: only write the two scenario files there (for timing them with other tools).
const writeAt = process.argv.indexOf('--write');
if (writeAt > 0) {
  const files = writeScenarios(process.argv[writeAt + 1] as string);
  console.log(`wrote ${files.single} and ${files.market}`);
} else {
  const dir = mkdtempSync(join(tmpdir(), 'fairground-bench-market-'));
  try {
    timePairs(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
