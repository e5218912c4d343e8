import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkOutputDir, writeFilesAtomically } from '../../src/cli/output-dir';
import { runCommand } from '../../src/cli/run-command';
import { CliError } from '../../src/cli/io';
import type { Engine } from '../../workers/engine-client';
import { collectIo } from '../cli/cli-io';
import { baseScenario } from './hostile-scenarios';

const dir = mkdtempSync(join(tmpdir(), 'fairground-atomic-'));

describe('writeFilesAtomically', () => {
  it('when the second file cannot be written, the first keeps its earlier content and no temporary file is left', async () => {
    const out = join(dir, 'half');
    mkdirSync(out);
    writeFileSync(join(out, 'results.json'), 'earlier results');
    writeFileSync(join(out, 'metrics.csv'), 'earlier metrics');
    const plan = await checkOutputDir(out, ['results.json', 'metrics.csv']);
    // A directory where metrics.csv's temporary file would go: writing it fails, as a full disk would.
    mkdirSync(join(out, `.metrics.csv.${process.pid}.partial`));
    await expect(writeFilesAtomically(plan, [{ name: 'results.json', text: 'new results' }, { name: 'metrics.csv', text: 'new metrics' }])).rejects.toBeInstanceOf(CliError);
    expect(readFileSync(join(out, 'results.json'), 'utf8')).toBe('earlier results');
    expect(readFileSync(join(out, 'metrics.csv'), 'utf8')).toBe('earlier metrics');
    expect(readdirSync(out).filter((f) => f.startsWith('.results'))).toEqual([]);
  });

  it('when the first file cannot be written, the second (written beside it) replaces nothing and leaves no temporary file', async () => {
    const out = join(dir, 'first');
    mkdirSync(out);
    writeFileSync(join(out, 'results.json'), 'earlier results');
    writeFileSync(join(out, 'metrics.csv'), 'earlier metrics');
    const plan = await checkOutputDir(out, ['results.json', 'metrics.csv']);
    mkdirSync(join(out, `.results.json.${process.pid}.partial`));
    const written = writeFilesAtomically(plan, [{ name: 'results.json', text: 'new results' }, { name: 'metrics.csv', text: 'new metrics' }]);
    await expect(written).rejects.toThrow(/^cannot write .*\.results\.json\./);
    expect(readFileSync(join(out, 'results.json'), 'utf8')).toBe('earlier results');
    expect(readFileSync(join(out, 'metrics.csv'), 'utf8')).toBe('earlier metrics');
    expect(readdirSync(out).filter((f) => f.startsWith('.metrics'))).toEqual([]);
  });
});

describe('runCommand when the run fails', () => {
  it('says the results in --out are from an earlier run, leaves them whole and makes no directory for a new --out', async () => {
    const scenario = join(dir, 'small.json');
    writeFileSync(scenario, JSON.stringify(baseScenario()));
    const out = join(dir, 'earlier');
    mkdirSync(out);
    writeFileSync(join(out, 'results.json'), 'earlier results');
    const failing = (): Engine => ({
      run: () => Promise.reject(new Error('worker exploded')),
      dispose() {},
    }) as unknown as Engine;
    const io = collectIo();
    await expect(runCommand(io, scenario, { out }, failing)).rejects.toThrow('worker exploded');
    expect(io.stderr).toContain(`The run failed; ${join(out, 'results.json')} is from an earlier run.\n`);
    expect(readFileSync(join(out, 'results.json'), 'utf8')).toBe('earlier results');
    const fresh = join(dir, 'fresh', 'deeper');
    await expect(runCommand(collectIo(), scenario, { out: fresh }, failing)).rejects.toThrow('worker exploded');
    expect(readdirSync(dir)).not.toContain('fresh');
  });
});
