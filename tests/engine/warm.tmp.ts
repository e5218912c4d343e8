import { LocalRunner } from '../../src/core/engine/local-runner';
import { runScenario } from '../../src/core/engine/run';
import { defaultScenario } from './fixtures';
const size = Number(process.argv[2] ?? 100_000);
const runs = Number(process.argv[3] ?? 12);
const base = defaultScenario(size);
const runner = new LocalRunner(base);
const totals: number[] = [];
const cpus: number[] = [];
for (let i = 0; i < runs; i++) {
  const attrs = structuredClone(base.population.attributes) as { weights?: number[] }[];
  const w = attrs.find((a) => a.weights)!.weights!;
  w[0] = w[0]! + (i % 2 ? 0.01 : 0);
  const s = { ...base, population: { ...base.population, attributes: attrs } } as typeof base;
  const c0 = process.cpuUsage();
  const { timings } = await runScenario(s, runner, { clock: () => performance.now() });
  const c = process.cpuUsage(c0);
  cpus.push((c.user + c.system) / 1000);
  totals.push(timings.total);
  if (i === runs - 1) console.log(JSON.stringify(timings));
}
console.log(totals.map((t) => t.toFixed(0)).join(' '));
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
console.log(`median of the last ${runs - 5}: wall ${med(totals.slice(5)).toFixed(0)} ms, cpu ${med(cpus.slice(5)).toFixed(0)} ms`);
