/**
 * Reads and validates a scenario file for the CLI, applying `--size` (and `--replicates`) on top.
 * Every problem is reported as `path: message`.
 */
import { open } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { issueToString, LIMITS, parseScenario, parseScenarioText } from '../core/scenario';
import type { Issue, Scenario } from '../core/scenario';
import { CliError } from './io';
import { budgetShapeChange } from '../core/policies/budget';

/**
 * Reads a scenario file with the size cap applied before and during the read: a regular file's size
 * is checked first, and anything else (a pipe, /dev/zero) is read only up to one byte past the cap.
 */
export async function readScenarioText(file: string): Promise<string> {
  const cap = LIMITS.fileBytes;
  let handle: FileHandle | undefined;
  try {
    handle = await open(file, 'r');
    const info = await handle.stat();
    if (info.isDirectory()) throw new CliError(`cannot read ${file}: it is a directory, not a scenario file`);
    if (info.isFile() && info.size > cap)
      throw new CliError(`cannot read ${file}: it is ${info.size.toLocaleString('en')} bytes; a scenario file is at most ${cap.toLocaleString('en')} bytes`);
    const buffer = Buffer.alloc(cap + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > cap) throw new CliError(`cannot read ${file}: it holds more than ${cap.toLocaleString('en')} bytes, the limit for a scenario file`);
    }
    return buffer.toString('utf8', 0, length);
  } catch (e) {
    if (e instanceof CliError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`cannot read ${file}: no such file`);
    if (code === 'EISDIR') throw new CliError(`cannot read ${file}: it is a directory, not a scenario file`);
    if (code === 'EACCES') throw new CliError(`cannot read ${file}: permission denied`);
    throw new CliError(`cannot read ${file}: ${(e as Error).message}`);
  } finally {
    await handle?.close();
  }
}

export function invalid(file: string, issues: readonly Issue[]): CliError {
  const s = issues.length === 1 ? '' : 's';
  return new CliError(`${file} is not a valid scenario (${issues.length} problem${s}):\n${issues.map((i) => `  ${issueToString(i)}`).join('\n')}`);
}

export interface Overrides {
  size?: number;
  replicates?: number;
}

export interface LoadedScenario {
  scenario: Scenario;
  /** What the overrides changed besides what was asked, in words (printed to stderr). */
  notes: string[];
}

export async function loadScenario(file: string, overrides: Overrides = {}): Promise<LoadedScenario> {
  const parsed = parseScenarioText(await readScenarioText(file));
  if (!parsed.ok) throw invalid(file, parsed.issues);
  const { scenario, notes } = applyOverrides(parsed.scenario, overrides);
  const checked = parseScenario(scenario);
  if (!checked.ok) throw invalid(`${file} with the command-line overrides`, checked.issues);
  return { scenario: checked.scenario, notes };
}

/**
 * `--size N` sets the population size. A budget given as a share of the eligible keeps its share
 * (the campaign keeps its shape). A budget given in people or money does not scale, so a note says
 * how the campaign's shape changes; when N is smaller and the history or the reach budget would no
 * longer fit (≥ N people), both are scaled by N / size so they keep their share of the population.
 */
export function applyOverrides(scenario: Scenario, overrides: Overrides): LoadedScenario {
  const next = structuredClone(scenario);
  const notes: string[] = [];
  const size = overrides.size;
  if (size !== undefined && size !== scenario.population.size) {
    const old = scenario.population.size;
    next.population.size = size;
    const budget = next.campaign.budget;
    const people = budget.kind === 'reach' ? budget.people : undefined;
    const tooBig = next.history.size >= size || (people !== undefined && people >= size);
    if (size < old && tooBig) {
      const scale = (n: number) => Math.max(1, Math.round((n * size) / old));
      const parts = [`history ${next.history.size} → ${scale(next.history.size)}`];
      next.history.size = scale(next.history.size);
      if (budget.kind === 'reach' && people !== undefined) {
        parts.push(`reach budget ${people} → ${scale(people)}`);
        budget.people = scale(people);
      }
      notes.push(`--size ${size}: scaled ${parts.join(' and ')} people (× ${(size / old).toPrecision(3)}) so they fit the population.`);
    } else {
      const shape = budgetShapeChange(budget, old, size);
      if (shape) notes.push(`--size ${size}: ${shape}`);
    }
  }
  if (overrides.replicates !== undefined) next.audit.replicates = overrides.replicates;
  return { scenario: next, notes };
}

