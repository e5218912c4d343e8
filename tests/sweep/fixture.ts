/** A small valid scenario with a sweep, read from the example shipped in examples/sweeps. */
import { readFileSync } from 'node:fs';
import { mustParseScenario } from '../../src/core/scenario';
import type { Scenario, Sweep } from '../../src/core/scenario';

export const SMALL_SWEEP_FILE = 'examples/sweeps/budget-small.json';

export function smallSweepScenario(sweep?: Record<string, unknown>): Scenario {
  const doc = JSON.parse(readFileSync(SMALL_SWEEP_FILE, 'utf8')) as Record<string, unknown>;
  if (sweep) doc.sweep = sweep;
  return mustParseScenario(doc);
}

export type { Sweep };
