import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program';
import { resolveWorkers } from '../../src/cli/worker-count';
import { collectIo } from '../cli/cli-io';
import { baseScenario, groupBomb, overflowingScenarios, tenMillionPeople, toStringTableRowMissing, valueOfCategory } from './hostile-scenarios';

const dir = mkdtempSync(join(tmpdir(), 'fairground-hostile-'));
const file = (name: string, doc: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(doc));
  return path;
};

/** Runs the built CLI in a child with a 200 MB heap; returns its exit code, stderr and peak RSS in MB. */
async function cliIn200MB(args: string[]): Promise<{ code: number; stderr: string; peakMB: number }> {
  const r = await promisify(execFile)(process.execPath, ['--max-old-space-size=200', '--import', './tests/hostile/report-rss.mjs', 'dist-cli/fairground.mjs', ...args]).then(
    (ok) => ({ code: 0, stderr: ok.stderr }),
    (e: { code: number; stderr: string }) => ({ code: e.code, stderr: e.stderr }),
  );
  const m = /maxRSS (\d+)\n$/.exec(r.stderr);
  return { code: r.code, stderr: r.stderr, peakMB: m ? Number(m[1]) / 1024 : Infinity };
}

describe('hostile scenarios in the CLI are refused or confirmed before any work, in under 200 MB', () => {
  const cases: { name: string; doc: unknown; expected: string }[] = [
    { name: 'group-bomb.json', doc: groupBomb(), expected: 'audit.intersections[0]: 262,144 groups (64 × 64 × 64); at most 4,096 groups in one slice' },
    { name: 'to-string.json', doc: toStringTableRowMissing(), expected: 'population.attributes[1].table: is missing 1 parent combination(s): "toString"' },
    ...overflowingScenarios().map((o, i) => ({ name: `overflow-${i}.json`, doc: o.scenario, expected: 'must be at' })),
  ];
  it.each(cases)('validate $name exits 1 with the problem, in a 200 MB heap', async ({ name, doc, expected }) => {
    const r = await cliIn200MB(['validate', file(name, doc)]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/\d+ problems?\n/);
    const io = collectIo();
    await runCli(['validate', join(dir, name)], io);
    expect(io.stdout).toContain(expected);
    expect(r.peakMB).toBeLessThan(200);
  }, 20_000);

  it('validate of ten million people is confirmed with its estimate, in a 200 MB heap', async () => {
    const path = file('ten-million.json', tenMillionPeople());
    const r = await cliIn200MB(['validate', path]);
    expect(r.code).toBe(0);
    expect(r.peakMB).toBeLessThan(200);
    const io = collectIo();
    expect(await runCli(['validate', path], io)).toBe(0);
    expect(io.stdout.replace(/\s+/g, ' ')).toContain('Work: 10,000,000 people × 4 passes (40.0 million person-passes), ≈ 510 MB in memory, 2 groups × 2 policies, models up to 2 parameters');
  }, 20_000);

  it('run of a scenario above the interactive budget prints its estimate before the run starts', async () => {
    const doc = groupBomb(1, 1) as { population: { size: number }; audit: { intersections: string[][] } };
    doc.population.size = 1000;
    doc.audit.intersections = [['a', 'b']];
    const io = collectIo();
    expect(await runCli(['run', file('wide.json', doc), '--out', join(dir, 'wide'), '--workers', '1'], io)).toBe(0);
    expect(io.stderr.replace(/\s+/g, ' ')).toContain('Large run: 1,000 people × 3 passes (3,000 person-passes), ≈ 24.0 kB in memory, 4,288 groups × 1 policy. This can take minutes; Ctrl-C stops it and leaves earlier results as they were.');
  }, 60_000);

  it('run of a category called valueOf writes finite numbers for its group', async () => {
    const io = collectIo();
    const out = join(dir, 'value-of');
    expect(await runCli(['run', file('value-of.json', valueOfCategory()), '--out', out, '--workers', '1'], io)).toBe(0);
    const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as { policies: { slices: { groups: { group: string; cost: number; positives: number }[] }[] }[] };
    const row = results.policies[0]!.slices[0]!.groups.find((g) => g.group === 'valueOf')!;
    expect(row.cost).toBeGreaterThan(0);
    expect(row.positives).toBeGreaterThan(0);
  }, 60_000);
});

describe('inputs are capped before they are read', () => {
  it('validate /dev/zero is refused at the cap, in a 200 MB heap', async () => {
    const r = await cliIn200MB(['validate', '/dev/zero']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('fairground: cannot read /dev/zero: it holds more than 1,000,000 bytes, the limit for a scenario file');
    expect(r.peakMB).toBeLessThan(200);
  }, 20_000);

  it('run of a 400 MB file is refused by its size, before reading, in a 200 MB heap', async () => {
    const big = join(dir, 'big.json');
    writeFileSync(big, '');
    truncateSync(big, 400_000_000); // sparse: no disk used
    const r = await cliIn200MB(['run', big, '--out', join(dir, 'never')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`fairground: cannot read ${big}: it is 400,000,000 bytes; a scenario file is at most 1,000,000 bytes`);
    expect(r.peakMB).toBeLessThan(200);
    expect(existsSync(join(dir, 'never'))).toBe(false);
  }, 20_000);
});

describe('outputs are checked before the run and written atomically', () => {
  it('run --out /proc/x fails at once with the reason (Node\'s recursive mkdir hangs there)', async () => {
    const io = collectIo();
    expect(await runCli(['run', 'scenarios/default.json', '--out', '/proc/x'], io)).toBe(1);
    expect(io.stderr).toBe('fairground: cannot write to /proc/x: /proc does not accept new files\n');
  }, 5_000);

  it('population --out some/dir/ fails before simulating and says to give a file name', async () => {
    const io = collectIo();
    const target = join(dir, 'some', 'dir') + '/';
    expect(await runCli(['population', 'scenarios/default.json', '--policy', 'random', '--out', target], io)).toBe(1);
    expect(io.stderr).toBe(`fairground: cannot write ${target}: it names a directory; give a file name such as ${join(target, 'people.csv')}\n`);
    expect(existsSync(join(dir, 'some'))).toBe(false);
  }, 5_000);

  it('run into a directory with earlier results says it replaces them, and leaves no temporary file', async () => {
    const out = join(dir, 'again');
    const scenario = file('small.json', baseScenario());
    expect(await runCli(['run', scenario, '--out', out, '--workers', '1'], collectIo())).toBe(0);
    const io = collectIo();
    expect(await runCli(['run', scenario, '--out', out, '--workers', '1'], io)).toBe(0);
    expect(io.stderr.replace(/\n {2}/g, ' ')).toMatch(/^--out .+again: this run will replace the earlier results\.json of \d{4}-\d\d-\d\d \d\d:\d\d UTC, metrics\.csv of .+ UTC when it finishes\.\n/);
    expect(io.stdout).toContain('metrics.csv (replacing the earlier results)\n');
    expect(readdirSync(out).sort()).toEqual(['metrics.csv', 'results.json']);
  }, 60_000);

  it('population interrupted by SIGINT leaves neither the CSV nor its partial file, and exits 130', async () => {
    const out = join(dir, 'interrupted');
    mkdirSync(out);
    const csv = join(out, 'people.csv');
    // One random policy over a million people: a short run and an export of several seconds.
    const doc = baseScenario() as { population: { size: number }; policies: unknown[] };
    doc.population.size = 1_000_000;
    doc.policies = [{ id: 'random', type: 'random' }];
    const scenario = file('million.json', doc);
    const child = spawn(process.execPath, ['dist-cli/fairground.mjs', 'population', scenario, '--policy', 'random', '--out', csv, '--workers', '1'], { stdio: 'ignore' });
    // Wait for the export to start writing its partial file, then interrupt it.
    const started = await new Promise<boolean>((resolve) => {
      const poll = setInterval(() => {
        if (readdirSync(out).some((f) => f.endsWith('.partial'))) {
          clearInterval(poll);
          resolve(true);
        }
      }, 20);
      child.once('exit', () => {
        clearInterval(poll);
        resolve(false);
      });
    });
    expect(started).toBe(true);
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
    expect(code).toBe(130);
    expect(readdirSync(out)).toEqual([]);
  }, 120_000);
});

describe('worker counts', () => {
  it('resolveWorkers caps a request above the cores to the cores, with a note', () => {
    const notes: string[] = [];
    expect(resolveWorkers(64, (t) => notes.push(t), 2)).toBe(2);
    expect(notes).toEqual(['--workers 64: this machine has 2 cores; using 2 workers (more workers than cores only add overhead and memory).']);
    expect(resolveWorkers(2, (t) => notes.push(t), 2)).toBe(2);
    expect(notes).toHaveLength(1);
  });

  it('run --workers 64 runs on the machine\'s cores and the help says so', async () => {
    const cores = availableParallelism();
    const io = collectIo();
    expect(await runCli(['run', file('w.json', baseScenario()), '--out', join(dir, 'w'), '--workers', '64'], io)).toBe(0);
    expect(io.stderr.replace(/\s+/g, ' ')).toContain(`--workers 64: this machine has ${cores} core`);
    // A population this small runs whole in one worker; never more than the cores.
    expect(Number(/, (\d+) workers, /.exec(io.stdout)?.[1])).toBeLessThanOrEqual(cores);
    const help = collectIo();
    await runCli(['run', '--help'], help);
    expect(help.stdout.replace(/\s+/g, ' ')).toContain(`a larger number is capped to this machine's ${cores} cores`);
  }, 60_000);
});
