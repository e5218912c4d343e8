/**
 * Selection cost inside the policy step on the default scenario, in-process: time and call count of
 * each selection chunk task (summed over chunks), best of `runs`. Run with
 * `npx tsx tests/selection/bench-selection.ts [size] [runs] [preset]`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LocalRunner } from '../../src/core/engine/local-runner';
import type { ChunkTask } from '../../src/core/engine/chunk-task';
import { runPolicies } from '../../src/core/policies/run';
import { mustParseScenario } from '../../src/core/scenario';
import { generate } from '../../src/core/population/generate-task';

const SELECTION = new Set(['selectionHistogram', 'selectionKeys', 'selectionApply']);

export async function benchSelection(size: number, preset = 'default'): Promise<Record<string, number>> {
  const text = readFileSync(fileURLToPath(new URL(`../../scenarios/${preset}.json`, import.meta.url)), 'utf8');
  const raw = JSON.parse(text);
  const scale = size / raw.population.size;
  raw.population.size = size;
  raw.history.size = Math.max(1, Math.round(raw.history.size * scale));
  if (raw.campaign.budget.kind === 'reach') raw.campaign.budget.people = Math.max(1, Math.round(raw.campaign.budget.people * scale));
  else raw.campaign.budget.amount *= scale;
  const scenario = mustParseScenario(raw);
  const runner = new LocalRunner(scenario);
  await runner.map(generate, {});
  const out: Record<string, number> = {};
  const inner = runner.map.bind(runner);
  runner.map = async <Args, Result>(task: ChunkTask<Args, Result, unknown>, args: Args): Promise<Result[]> => {
    const t = performance.now();
    const r = await inner(task, args);
    if (SELECTION.has(task.name)) {
      out[task.name] = (out[task.name] ?? 0) + performance.now() - t;
      out[`${task.name} calls`] = (out[`${task.name} calls`] ?? 0) + 1;
    }
    return r;
  };
  const t = performance.now();
  await runPolicies(runner, scenario);
  out.policiesTotal = performance.now() - t;
  out.selectionTotal = [...SELECTION].reduce((s, k) => s + (out[k] ?? 0), 0);
  out.selections = out['selectionApply calls'] ?? 0;
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const size = Number(process.argv[2] ?? 1_000_000);
  const runs = Number(process.argv[3] ?? 3);
  let best: Record<string, number> | undefined;
  for (let r = 0; r < runs; r++) {
    const res = await benchSelection(size, process.argv[4]);
    if (!best || res.selectionTotal! < best.selectionTotal!) best = res;
  }
  console.log(`${size.toLocaleString('en')} people, best of ${runs} by selection total`);
  for (const [k, v] of Object.entries(best ?? {})) console.log(`  ${k.padEnd(28)} ${v.toFixed(0).padStart(7)}`);
}
