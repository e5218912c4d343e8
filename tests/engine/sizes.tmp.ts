import { serialize } from 'node:v8';
import { LocalRunner } from '../../src/core/engine/local-runner';
import { runScenario } from '../../src/core/engine/run';
import type { TaskArgs, TaskName, TaskResult } from '../../src/core/engine/runner';
import { defaultScenario } from './fixtures';
const bytes = new Map<string, [number, number, number]>();
class Sizing extends LocalRunner {
  override async map<K extends TaskName>(task: K, args: TaskArgs<K>): Promise<TaskResult<K>[]> {
    const out = await super.map(task, args);
    const b = bytes.get(task) ?? [0, 0, 0];
    b[0]++; b[1] += serialize(out).length; b[2] += serialize(args).length;
    bytes.set(task, b);
    return out;
  }
}
const s = defaultScenario(1_000_000);
await runScenario(s, new Sizing(s));
for (const [k, [n, r, a]] of [...bytes].sort((x, y) => y[1][1] - x[1][1])) console.log(`${k.padEnd(22)} calls ${String(n).padStart(3)}  results ${(r / 1e6).toFixed(2)} MB  args ${(a / 1e3).toFixed(1)} kB`);
