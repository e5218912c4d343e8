/**
 * Policy-step timings on the default scenario, in-process (one thread): ms per stage and per
 * policy. History size and budget scale with the population (20% and 10% as in the default).
 * Run directly with `npx tsx tests/bench/policies.ts [size]`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LocalRunner } from '../../src/core/engine/local-runner';
import { runPolicies } from '../../src/core/policies/run';
import { mustParseScenario } from '../../src/core/scenario';
import { generate } from '../../src/core/population/generate-task';

export async function benchPolicies(size: number): Promise<Record<string, number>> {
  const text = readFileSync(fileURLToPath(new URL('../../scenarios/default.json', import.meta.url)), 'utf8');
  const raw = JSON.parse(text);
  const scale = size / raw.population.size;
  raw.population.size = size;
  raw.history.size = Math.max(1, Math.round(raw.history.size * scale));
  if (raw.campaign.budget.kind === 'reach') raw.campaign.budget.people = Math.max(1, Math.round(raw.campaign.budget.people * scale));
  const scenario = mustParseScenario(raw);
  const runner = new LocalRunner(scenario);
  const out: Record<string, number> = {};
  let t = performance.now();
  await runner.map(generate, {});
  out.generate = performance.now() - t;
  let stage = '';
  t = performance.now();
  const start = t;
  await runPolicies(runner, scenario, {
    onProgress: (next) => {
      const now = performance.now();
      if (stage) out[stage] = now - t;
      stage = next.stage === 'policy' ? `policy:${next.policy}` : next.stage;
      t = now;
    },
  });
  out.policiesTotal = performance.now() - start;
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const sizes = process.argv[2] ? [Number(process.argv[2])] : [100_000, 1_000_000];
  for (const size of sizes) {
    const r = await benchPolicies(size);
    console.log(`${size.toLocaleString('en')} people`);
    for (const [k, v] of Object.entries(r)) console.log(`  ${k.padEnd(28)} ${v.toFixed(0).padStart(7)} ms`);
  }
}
