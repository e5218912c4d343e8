import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program';
import { collectIo } from './cli-io';

const dir = mkdtempSync(join(tmpdir(), 'fairground-cli-'));
const DEFAULT = 'scenarios/default.json';

/** A scenario with three mistakes: a negative size, an unknown field and a policy type that does not exist. */
const bad = join(dir, 'bad.json');
writeFileSync(
  bad,
  JSON.stringify({
    format: 'fairground.scenario',
    version: 1,
    name: 'bad',
    seed: 1,
    population: { size: -5, attributes: [{ id: 'g', type: 'categorical', categories: [{ id: 'a' }], weights: [1] }] },
    behaviour: { conversion: {}, colour: 'red' },
    history: { size: 1 },
    campaign: { budget: { kind: 'reach', people: 1 } },
    policies: [{ id: 'p', type: 'magic' }],
  }),
);

describe('fairground validate', () => {
  it('validate on the default scenario exits 0 and prints an OK line and the work estimate', async () => {
    const io = collectIo();
    expect(await runCli(['validate', DEFAULT], io)).toBe(0);
    expect(io.stdout).toMatch(/^OK scenarios\/default\.json: "Warehouse supervisor job ad", 100,000 people, 10 attributes, 6 policies, seed "fairground-default-1"\n/);
    expect(io.stdout.split('\n').slice(1).join(' ').replace(/\s+/g, ' ').trim()).toBe('Work: 100,000 people × 8 passes (800,000 person-passes), ≈ 16.1 MB in memory, 28 groups × 6 policies, models up to 12 parameters');
  });

  it('validate on a bad file exits 1 and prints every problem as path: message', async () => {
    const io = collectIo();
    expect(await runCli(['validate', bad], io)).toBe(1);
    const lines = io.stdout.trim().split('\n');
    expect(lines).toContain('population.size: must be at least 1');
    expect(lines).toContain('behaviour.colour: unknown field');
    expect(lines.some((l) => l.startsWith('policies[0].type: '))).toBe(true);
    for (const line of lines) expect(line).toMatch(/^[\w.[\]"()-]+: \S/);
    expect(io.stderr).toBe(`${bad}: ${lines.length} problems\n`);
  });

  it('validate on a missing file exits 1 with a clear message', async () => {
    const io = collectIo();
    expect(await runCli(['validate', join(dir, 'nope.json')], io)).toBe(1);
    expect(io.stderr).toBe(`fairground: cannot read ${join(dir, 'nope.json')}: no such file\n`);
  });

  it('validate on text that is not JSON exits 1 with one (root) problem', async () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{\n  "format": ,\n}');
    const io = collectIo();
    expect(await runCli(['validate', file], io)).toBe(1);
    expect(io.stdout.startsWith('(root): not valid JSON: ')).toBe(true);
    expect(io.stderr).toBe(`${file}: 1 problem\n`);
  });
});

describe('fairground schema and --help', () => {
  it('schema prints the JSON Schema of the scenario format', async () => {
    const io = collectIo();
    expect(await runCli(['schema'], io)).toBe(0);
    const schema = JSON.parse(io.stdout) as { title: string; properties: Record<string, unknown>; required: string[] };
    expect(schema.title).toBe('Fairground scenario');
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['population', 'behaviour', 'policies', 'audit']));
    expect(schema.required).toEqual(expect.arrayContaining(['format', 'version', 'population']));
  });

  it.each([
    ['run', '--replicates <r>'],
    ['validate', 'fairground validate scenarios/default.json'],
    ['population', '--policy <id>'],
    ['schema', 'fairground schema >'],
  ])('%s --help exits 0 and shows usage, options and examples', async (command, expected) => {
    const io = collectIo();
    expect(await runCli([command, '--help'], io)).toBe(0);
    expect(io.stdout).toContain(`Usage: fairground ${command}`);
    expect(io.stdout).toContain('Example');
    expect(io.stdout).toContain(expected);
  });

  it('an unknown command exits non-zero and says what is wrong', async () => {
    const io = collectIo();
    expect(await runCli(['frobnicate'], io)).not.toBe(0);
    expect(io.stderr).toContain("unknown command 'frobnicate'");
  });

  it('the package bin launcher runs the CLI in a fresh Node process', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['dist-cli/fairground.mjs', 'validate', DEFAULT]);
    expect(stdout).toMatch(/^OK scenarios\/default\.json/);
  });
});
