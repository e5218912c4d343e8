/**
 * The shipped command line is plain JavaScript in dist-cli/ (built by the global setup, as by
 * `npm install`): it needs no TypeScript compiler at run time, `--help` runs neither the engine nor
 * the validator, and it computes the same results as the sources.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program';
import { collectIo } from '../cli/cli-io';

const ROOT = resolve(import.meta.dirname, '../..');
const CLI = join(ROOT, 'dist-cli/fairground.mjs');
const run = promisify(execFile);

interface Input {
  imports: { path: string; kind: string; external?: boolean }[];
}
interface Output {
  inputs: Record<string, unknown>;
  imports: { path: string; kind: string; external?: boolean }[];
}
const meta = JSON.parse(readFileSync(join(ROOT, 'dist-cli/meta.json'), 'utf8')) as { inputs: Record<string, Input>; outputs: Record<string, Output> };

/**
 * Sources that run when `from` runs: its static imports, followed (and dynamic ones when `dynamic`).
 * A bundle holds every module, but one imported only dynamically runs on first use (esbuild wraps it).
 */
function runs(from: string, dynamic: boolean): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const i of meta.inputs[file]?.imports ?? []) if (!i.external && (dynamic || i.kind === 'import-statement')) visit(i.path);
  };
  visit(from);
  return [...seen];
}

describe('the built command line (dist-cli/)', () => {
  it('imports only Node built-ins from outside the bundles: no package, no tsx, no TypeScript', () => {
    const external = new Set(Object.values(meta.outputs).flatMap((o) => o.imports.filter((i) => i.external).map((i) => i.path)));
    const packages = [...external].filter((p) => !p.startsWith('node:') && !['crypto'].includes(p));
    expect(packages).toEqual([]);
    expect(Object.keys(meta.outputs).filter((f) => !f.endsWith('.LEGAL.txt')).sort()).toEqual(
      ['engine.worker.bundle.cjs', 'engine.worker.cjs', 'engine.worker.tasks.cjs', 'fairground.cjs', 'fairground.mjs'].map((f) => `dist-cli/${f}`),
    );
  });

  it('--help runs the program and commander, not the engine, the workers or the zod validator', async () => {
    // bin.ts imports main.ts dynamically at once (after the Node version check).
    const sources = [...runs('src/cli/bin.ts', false), ...runs('src/cli/main.ts', false)];
    expect(sources).toContain('src/cli/program.ts');
    expect(sources.some((s) => s.includes('node_modules/commander/'))).toBe(true);
    const heavy = sources.filter((s) => /node_modules\/zod\/|src\/core\/(engine|population|policies|metrics)\/|^workers\//.test(s));
    expect(heavy).toEqual([]);
    // …while `run` does reach the engine (so the check above looks at the right graph).
    expect(runs('src/cli/bin.ts', true).some((s) => s.startsWith('src/core/engine/'))).toBe(true);
    // And in the built bundle, zod's code did not run (its first module sets a global).
    const probe = 'data:text/javascript,process.on("exit",()=>process.stderr.write("zod ran: "+("__zod_globalConfig" in globalThis)))';
    const { stdout, stderr } = await run(process.execPath, ['--import', probe, CLI, '--help']);
    expect(stdout).toMatch(/^Usage: fairground /);
    expect(stderr).toBe('zod ran: false');
    const validated = await run(process.execPath, ['--import', probe, CLI, 'validate', join(ROOT, 'scenarios/default.json')]);
    expect(validated.stderr).toBe('zod ran: true');
  });

  it("the CLI's engine workers hold the chunk tasks only: no zod, jstat or coordinator; the coordinating bundle (runAll) has them", () => {
    const tasks = Object.keys(meta.outputs['dist-cli/engine.worker.tasks.cjs']!.inputs);
    expect(tasks).toContain('workers/worker-scope.ts');
    expect(tasks).toContain('workers/chunk-task-table.ts');
    expect(tasks.filter((s) => /node_modules\/(zod|jstat)\/|src\/core\/scenario\/schema|src\/core\/engine\/run\.ts/.test(s))).toEqual([]);
    expect(Object.keys(meta.outputs['dist-cli/engine.worker.bundle.cjs']!.inputs)).toContain('src/core/engine/run.ts');
    // …and in the coordinating bundle the chunk tasks run without the validator too (it loads on first use).
    const sources = runs('workers/engine.worker.node.ts', false);
    expect(sources.filter((s) => /node_modules\/(zod|jstat)\/|src\/core\/scenario\/schema/.test(s))).toEqual([]);
  });

  it('`run` starts its workers before it loads the validator or the coordinator: its own module graph holds neither', async () => {
    const sources = runs('src/cli/run-command.ts', false);
    expect(sources).toContain('workers/spawn-node.ts');
    expect(sources.filter((s) => /node_modules\/(zod|jstat)\/|src\/core\/scenario\/schema|src\/core\/engine\/run\.ts/.test(s))).toEqual([]);
    // In the built bundle, loading the validator is one synchronous step: the first worker is spawned before it starts.
    const out = mkdtempSync(join(tmpdir(), 'fairground-steps-'));
    const { stderr } = await run(process.execPath, [CLI, 'run', join(ROOT, 'scenarios/default.json'), '--size', '70000', '--workers', '2', '--out', out], {
      env: { ...process.env, FAIRGROUND_TIMINGS: '1' },
    });
    const steps = JSON.parse(/^steps (.*)$/m.exec(stderr)![1]!) as Record<string, number>;
    expect(Object.keys(steps).slice(0, 3)).toEqual(['runCommand', 'workerSpawn', 'validatorLoading']);
    expect(Object.keys(steps).slice(-3)).toEqual(['runEnd', 'written', 'printed']);
    expect(steps.workersReady).toBeGreaterThan(steps.workerSpawn!);
  });

  it("holds zod's English error messages only (its other locales are not bundled), and validation still names each problem", async () => {
    const locales = new Set(Object.keys(meta.inputs).filter((s) => s.includes('node_modules/zod/v4/locales/')));
    expect([...locales]).toEqual(['node_modules/zod/v4/locales/en.js']);
    const dir = mkdtempSync(join(tmpdir(), 'fairground-locale-'));
    const scenario = JSON.parse(readFileSync(join(ROOT, 'scenarios/default.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ ...scenario, name: 1 }));
    const failed = await run(process.execPath, [CLI, 'validate', join(dir, 'bad.json')]).catch((e: { stdout: string; stderr: string }) => e);
    expect(`${failed.stdout}${failed.stderr}`).toContain('name: must be a text in quotes (got 1)');
  });

  it('runs --help in a fresh Node process', async () => {
    const { stdout } = await run(process.execPath, [CLI, '--help']);
    expect(stdout).toMatch(/^Usage: fairground /);
    expect(stdout).toContain('validate');
  });

  it('src/cli/bin.mjs starts the same built command line without npx (what perf-compare times)', async () => {
    const viaLauncher = await run(process.execPath, [join(ROOT, 'src/cli/bin.mjs'), '--help']);
    const direct = await run(process.execPath, [CLI, '--help']);
    expect(viaLauncher.stdout).toMatch(/^Usage: fairground /);
    expect(viaLauncher.stdout).toBe(direct.stdout);
  });

  it('on an unsupported Node it stops before loading the program, with one line', async () => {
    // Pretend to be Node 18 (an --import runs before the CLI's first line).
    const pretend = 'data:text/javascript,Object.defineProperty(process.versions,"node",{value:"18.20.4"})';
    const failed = await run(process.execPath, ['--import', pretend, CLI, '--help']).then(
      () => undefined,
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stdout).toBe('');
    expect(failed?.stderr).toMatch(/^fairground: needs Node 20\.19 .*this is Node 18\.20\.4\. .*\n$/);
    expect(failed?.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('fairground run gives the same results.json as the CLI run from the TypeScript sources', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fairground-bundle-'));
    const args = ['run', join(ROOT, 'scenarios/default.json'), '--size', '20000', '--workers', '2'];
    await run(process.execPath, [CLI, ...args, '--out', join(dir, 'built')]);
    expect(await runCli([...args, '--out', join(dir, 'source')], collectIo())).toBe(0);
    const built = readFileSync(join(dir, 'built/results.json'), 'utf8');
    expect(built).toBe(readFileSync(join(dir, 'source/results.json'), 'utf8'));
    expect(JSON.parse(built).populationSize).toBe(20_000);
  });
});
