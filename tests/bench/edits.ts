/**
 * `npx tsx tests/bench/edits.ts [size] [rounds]`: what one edit costs the engine, by kind of edit,
 * on one warm in-process runner (one thread, as the browser's coordinator worker runs populations
 * of up to four chunks). Each round makes every kind of edit once, in turn; the table gives the
 * median wall and CPU time per kind (CPU of this process: steadier than wall on a shared machine).
 * A population edit regenerates everything; the others reuse the people, and what the edit does not
 * touch (policies/run-cache.ts). Not a test: nothing is asserted.
 */
import { LocalRunner } from '../../src/core/engine/local-runner';
import { runScenario } from '../../src/core/engine/run';
import { mustParseScenario } from '../../src/core/scenario';
import { readFileSync } from 'node:fs';

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const size = Number(process.argv[2] ?? 100_000);
const rounds = Number(process.argv[3] ?? 10);
const doc = JSON.parse(readFileSync(new URL('../../scenarios/default.json', import.meta.url), 'utf8')) as Doc;
const scale = size / doc.population.size;
doc.population.size = size;
doc.history.size = Math.round(doc.history.size * scale);
// A share budget keeps its share by itself; a people budget is scaled.
if (doc.campaign.budget.people !== undefined) doc.campaign.budget.people = Math.round(doc.campaign.budget.people * scale);
const policy = (id: string) => (doc.policies as Doc[]).find((p) => p.id === id) as Doc;

const EDITS: Record<string, (n: number) => void> = {
  'population (a category weight)': (n) => (doc.population.attributes[0].weights[0] = 50 + (n % 2)),
  'history (label bias)': (n) => (doc.history.labelBias.ethnicity.b = 0.7 + 0.01 * (n % 2)),
  'campaign (budget)': (n) => (doc.campaign.budget = { kind: 'reach', share: 0.1 + 0.001 * (n % 2) }),
  'one policy (propensity l2)': (n) => (policy('propensity').l2 = 1 + (n % 2)),
  'fairness policy only (attribute)': (n) => (policy('delivery-parity').attribute = n % 2 ? 'age' : 'gender'),
  'audit only (min group size)': (n) => (doc.audit.minGroupSize = 50 + (n % 2)),
};

const first = mustParseScenario(doc);
const runner = new LocalRunner(first);
await runScenario(first, runner);
const times = new Map<string, { wall: number[]; cpu: number[] }>();
for (let r = 0; r < rounds; r++)
  for (const [name, edit] of Object.entries(EDITS)) {
    edit(r + 1);
    const scenario = mustParseScenario(doc);
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    await runScenario(scenario, runner);
    const wall = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    const t = times.get(name) ?? { wall: [], cpu: [] };
    t.wall.push(wall);
    t.cpu.push((cpu.user + cpu.system) / 1000);
    times.set(name, t);
  }
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
console.log(`| edit at ${size.toLocaleString('en')} people (median of ${rounds}) | wall | CPU |\n|---|---:|---:|`);
for (const [name, t] of times) console.log(`| ${name} | ${median(t.wall).toFixed(0)} ms | ${median(t.cpu).toFixed(0)} ms |`);
