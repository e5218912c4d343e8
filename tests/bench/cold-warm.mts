/**
 * `tsx tests/bench/cold-warm.mts SCENARIO SIZE [WORKERS]`: the first (cold) run in fresh workers
 * beside the warm runs that follow, stage by stage, to see what JIT warm-up costs. Env: RUNS (4),
 * WARM=N runs an N-person copy first (a warm-up), FAIRGROUND_NODE_WORKER=dist-cli/engine.worker.cjs
 * to time the bundled worker as the CLI ships it. Each run after the first moves one category
 * weight, so the population is generated again while the workers' compiled code stays warm.
 */
import { readFileSync } from 'node:fs';
import { runScenario } from '../../src/core/engine/run';
import { mustParseScenario } from '../../src/core/scenario';
import { spawnNodeWorker } from '../../workers/spawn-node';
import { WorkerRunner } from '../../workers/worker-runner';

const [file, sizeText, workersText] = process.argv.slice(2);
if (!file || !sizeText) throw new Error('usage: cold-warm.mts SCENARIO SIZE [WORKERS]');
const size = Number(sizeText);
const workers = Number(workersText ?? 2);

function scenarioOf(edit: number, n = size) {
  const doc = JSON.parse(readFileSync(file as string, 'utf8'));
  doc.population.size = n;
  if (n < 100_000) {
    doc.history.size = Math.round(n / 50);
    if (doc.campaign.budget.people !== undefined) doc.campaign.budget.people = Math.round(n / 100);
  }
  doc.population.attributes[0].weights[0] += edit;
  return mustParseScenario(doc);
}

const ms = (x: number) => x.toFixed(0);
const runner = new WorkerRunner(spawnNodeWorker, workers);
const t0 = performance.now();
await runner.load(scenarioOf(0), 'cold-warm');
console.log(`start ${ms(performance.now() - t0)} ms`);
if (process.env.WARM) {
  const t = performance.now();
  await runScenario(scenarioOf(99, Number(process.env.WARM)), runner);
  console.log(`warm-up ${ms(performance.now() - t)} ms`);
}
for (let i = 0; i < Number(process.env.RUNS ?? 4); i++) {
  const t = performance.now();
  const { timings } = await runScenario(scenarioOf(i), runner, { clock: () => performance.now() });
  const per = Object.entries(timings.perPolicy).map(([k, v]) => `${k} ${ms(v)}`).join(' ');
  console.log(`run ${i}: ${ms(performance.now() - t)} ms; generate ${ms(timings.generate)} history ${ms(timings.history)} policies ${ms(timings.policies)} metrics ${ms(timings.metrics)} | ${per}`);
}
process.exit(0);
