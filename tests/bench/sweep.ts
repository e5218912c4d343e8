/**
 * `npm run bench:sweep [-- --size 100000 --points 100 --workers 2]`: a sweep of the default
 * scenario over the reach budget (1% to 30% of the people) and the fairness constraint of
 * `delivery-parity` — points that change only the campaign and a policy, so they share one
 * population — run twice on one pool of worker threads:
 *  - with population reuse (what `fairground sweep` does): the people are generated once;
 *  - without: every point's population key is made to differ (an attribute's description, which
 *    generation never reads), so each point generates its people again.
 * Prints both totals, the time per point, the time in the generate stage and the saving, as a markdown table for the README.
 * Time it on a quiet machine: with other work on the cores the figures are noise.
 */
import { readFileSync } from 'node:fs';
import { mustParseScenario } from '../../src/core/scenario';
import type { Scenario } from '../../src/core/scenario';
import { planSweep } from '../../src/core/sweep/plan';
import { runOrder } from '../../src/core/sweep/shard';
import { createNodeEngine } from '../../workers/node-engine';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]?.replace(/_/g, '')) : fallback;
}

const size = option('size', 100_000);
const pointsWanted = option('points', 100);
const workers = option('workers', 2);
const CONSTRAINTS = ['demographic-parity', 'min-representation', 'variance-reduction', 'equal-opportunity'];

function benchScenario(): Scenario {
  const doc = JSON.parse(readFileSync(new URL('../../scenarios/default.json', import.meta.url), 'utf8')) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- a JSON document edited in place
  doc.population.size = size;
  doc.history.size = Math.max(100, Math.round(size * 0.2));
  const constraints = CONSTRAINTS.slice(0, Math.min(CONSTRAINTS.length, Math.max(1, Math.round(pointsWanted / 25))));
  const budgets = Math.max(2, Math.round(pointsWanted / constraints.length));
  doc.sweep = {
    parameters: [
      { path: 'policies.delivery-parity.constraint', name: 'constraint', values: constraints },
      { path: 'campaign.budget.people', name: 'budget', range: { from: Math.round(size * 0.01), to: Math.round(size * 0.3), steps: budgets, integer: true } },
    ],
  };
  return mustParseScenario(doc);
}

async function timeSweep(scenario: Scenario, reuse: boolean): Promise<{ ms: number; generateMs: number; points: number }> {
  const planned = planSweep(scenario);
  if (!planned.ok) throw new Error(planned.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  const points = runOrder(planned.plan.points).map((i) => planned.plan.points[i]!);
  if (!reuse) points.forEach((p, i) => (p.scenario.population.attributes[0]!.description = `bench point ${i}`));
  const engine = createNodeEngine({ workers });
  try {
    // Warm-up: start the workers and generate once, outside the timing.
    await engine.run({ ...points[0]!.scenario, population: { ...points[0]!.scenario.population, attributes: points[0]!.scenario.population.attributes.map((a, i) => (i === 0 ? { ...a, description: 'warm-up' } : a)) } });
    const started = performance.now();
    let generateMs = 0;
    // As `fairground sweep` runs them: one after another on one engine, in population order.
    for (const point of points) generateMs += (await engine.run(point.scenario)).timings.generate;
    return { ms: performance.now() - started, generateMs, points: points.length };
  } finally {
    engine.dispose();
  }
}

const scenario = benchScenario();
const withReuse = await timeSweep(scenario, true);
const without = await timeSweep(scenario, false);
const s = (ms: number) => (ms / 1000).toFixed(1);
console.log(`Sweep benchmark: ${withReuse.points} points at ${size.toLocaleString('en')} people, ${workers} workers, default scenario (6 policies)\n`);
console.log('| population | total (s) | per point (ms) | of which generate (s) |');
console.log('|---|---:|---:|---:|');
console.log(`| reused (generated once) | ${s(withReuse.ms)} | ${(withReuse.ms / withReuse.points).toFixed(0)} | ${s(withReuse.generateMs)} |`);
console.log(`| generated for every point | ${s(without.ms)} | ${(without.ms / without.points).toFixed(0)} | ${s(without.generateMs)} |`);
console.log(`\nReuse saves ${s(without.ms - withReuse.ms)} s (${(100 * (1 - withReuse.ms / without.ms)).toFixed(0)}%).`);
